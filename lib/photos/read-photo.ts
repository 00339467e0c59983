import { db } from "../db/client";
import { logger } from "../logger";
import { photoStorage } from "./photo-storage";
import type { PhotoSize } from "./schemas";
import type { PhotoStorage } from "./storage";

export type PhotoFile = { bytes: Buffer; contentType: string; /** Changes only if the file does: the key is never reused. */ etag: string };

/**
 * A photo's file for its owner; null for anyone else and for an id that does not exist, which the
 * route answers alike (404), so ids of other people's photos cannot even be confirmed.
 */
export async function readPhotoForUser(
  userId: string,
  photoId: string,
  size: PhotoSize,
  deps: { storage?: PhotoStorage } = {},
): Promise<PhotoFile | null> {
  const photo = await db().photo.findFirst({
    where: { id: photoId, userId },
    select: { storageKey: true, thumbnailKey: true, contentType: true },
  });
  if (!photo) return null;
  const key = size === "thumb" ? photo.thumbnailKey : photo.storageKey;
  const bytes = await (deps.storage ?? photoStorage()).get(key);
  if (!bytes) {
    logger.error({ photoId, size }, "a photo's stored file is missing");
    return null;
  }
  return { bytes, contentType: photo.contentType, etag: `"${key.replace(/[^a-z0-9]/g, "")}"` };
}
