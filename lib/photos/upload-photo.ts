import { db, type Tx } from "../db/client";
import type { Foot, FootRegion, Prisma } from "../generated/prisma/client";
import { logger } from "../logger";
import { AppError } from "../app-error";
import { messageKey } from "../i18n/message-key";
import { recordActivity } from "../journals/activity";
import { assertCan, type JournalAccess } from "../journals/policy";
import { photoStorage } from "./photo-storage";
import { processPhoto } from "./process-photo";
import { toPhotoView } from "./queries";
import {
  MAX_CAPTION_LENGTH,
  MAX_PENDING_PHOTOS_PER_USER,
  MAX_PHOTOS_PER_ENTRY,
  photoTagsSchema,
  type PhotoTagsInput,
  type PhotoView,
} from "./schemas";
import { newStorageKey, type PhotoStorage } from "./storage";

export { MAX_PHOTOS_PER_ENTRY } from "./schemas";

/** A pending photo older than this was uploaded for a form that was never saved. */
export const PENDING_PHOTO_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Tests pass their own storage and clock; the app uses the configured storage and now. */
export type PhotoDeps = { storage?: PhotoStorage; now?: Date };

/**
 * Stores a new photo in the journal, by the one acting: checks and re-encodes it, stores the photo and its thumbnail
 * under new random keys, then records it as pending (no entry yet) until an entry is saved with it.
 * Either all of that happens or nothing is left behind: files are removed again when storing or
 * recording fails.
 */
export async function uploadPhoto(access: JournalAccess, bytes: Buffer, tags: PhotoTagsInput = {}, deps: PhotoDeps = {}): Promise<PhotoView> {
  assertCan(access, "record");
  const userId = access.journalId;
  const storage = deps.storage ?? photoStorage();
  const parsedTags = photoTagsSchema.safeParse(tags);
  if (!parsedTags.success) throw new AppError(parsedTags.error.issues[0]?.message ?? messageKey("photoDetailsInvalid"), { status: 400 });

  // Opportunistic: abandoned uploads of this user go before counting what is pending.
  await removeStalePendingPhotos(userId, deps).catch((error: unknown) => logger.warn({ err: error, userId }, "could not remove stale pending photos"));
  const pending = await db().photo.count({ where: { userId, entryId: null } });
  if (pending >= MAX_PENDING_PHOTOS_PER_USER) {
    throw new AppError(messageKey("tooManyUnsavedPhotos", { max: MAX_PENDING_PHOTOS_PER_USER }));
  }

  const photo = await processPhoto(bytes);
  const storageKey = newStorageKey();
  const thumbnailKey = newStorageKey();
  const keys = [storageKey, thumbnailKey];

  const stored = await Promise.allSettled([
    storage.put(storageKey, photo.full, photo.contentType),
    storage.put(thumbnailKey, photo.thumbnail, photo.contentType),
  ]);
  const failure = stored.find((result) => result.status === "rejected");
  if (failure) {
    // Both keys: a put that failed half-way may still have left an object behind.
    await removeStoredPhotos(keys, storage);
    throw failure.reason;
  }

  try {
    const row = await db().photo.create({
      data: {
        userId,
        createdById: access.actorId,
        storageKey,
        thumbnailKey,
        contentType: photo.contentType,
        width: photo.width,
        height: photo.height,
        bytes: photo.full.length,
        ...parsedTags.data,
      },
    });
    await recordActivity(access, "created", "photo", row.id);
    return toPhotoView(row);
  } catch (error) {
    await removeStoredPhotos(keys, storage);
    throw error;
  }
}

/** One photo for an entry: its id, and optionally its tags (undefined keeps, null clears). */
export type EntryPhotoInput = string | { id: string; foot?: Foot | null; region?: FootRegion | null; caption?: string };

/**
 * Inside the caller's transaction: puts the given photos on the entry, with their tags. Each must be
 * the user's own and pending (uploaded with this form) or already on this entry; the entry may hold
 * at most MAX_PHOTOS_PER_ENTRY. Throws AppError otherwise, which rolls the transaction back.
 * Photos already on the entry and not listed stay; the caller deletes those it removes.
 */
export async function attachPhotosToEntry(tx: Tx, userId: string, entryId: string, photos: readonly EntryPhotoInput[]): Promise<void> {
  const inputs = photos.map((photo) => (typeof photo === "string" ? { id: photo } : photo));
  const ids = [...new Set(inputs.map((photo) => photo.id))];
  if (ids.length === 0) return;
  if (ids.length > MAX_PHOTOS_PER_ENTRY) throw tooManyPhotos();

  const entry = await tx.entry.count({ where: { id: entryId, userId } });
  if (entry === 0) throw new AppError(messageKey("entryNotFound"), { status: 404 });

  // One statement decides: a photo of another user, another entry or already deleted is not counted.
  const attached = await tx.photo.updateMany({
    where: { id: { in: ids }, userId, OR: [{ entryId: null }, { entryId }] },
    data: { entryId },
  });
  if (attached.count !== ids.length) {
    throw new AppError(messageKey("photosGone"));
  }

  for (const input of inputs) {
    const data: Prisma.PhotoUpdateManyMutationInput = {};
    if (input.foot !== undefined) data.foot = input.foot;
    if (input.region !== undefined) data.region = input.region;
    if (input.caption !== undefined) data.caption = checkedCaption(input.caption);
    if (Object.keys(data).length > 0) await tx.photo.updateMany({ where: { id: input.id, userId }, data });
  }

  const total = await tx.photo.count({ where: { entryId, userId } });
  if (total > MAX_PHOTOS_PER_ENTRY) throw tooManyPhotos();
}

/** Sets a photo's foot, region and caption (all three: a missing one is cleared); null when it is not the journal's. */
export async function updatePhotoTags(access: JournalAccess, photoId: string, tags: PhotoTagsInput): Promise<PhotoView | null> {
  assertCan(access, "record");
  const userId = access.journalId;
  const parsed = photoTagsSchema.safeParse(tags);
  if (!parsed.success) throw new AppError(parsed.error.issues[0]?.message ?? messageKey("photoDetailsInvalid"), { status: 400 });
  const updated = await db().photo.updateMany({ where: { id: photoId, userId }, data: parsed.data });
  if (updated.count === 0) return null;
  await recordActivity(access, "changed", "photo", photoId);
  const row = await db().photo.findFirst({ where: { id: photoId, userId } });
  return row ? toPhotoView(row) : null;
}

/**
 * Deletes some of the journal's photos (pending ones, or ones on its entries), then their files.
 * Returns how many were deleted; ids that are not the journal's are ignored.
 */
export async function deletePhotos(access: JournalAccess, photoIds: readonly string[], deps: PhotoDeps = {}): Promise<number> {
  assertCan(access, "record");
  if (photoIds.length === 0) return 0;
  const keys = await db().$transaction(async (tx) => {
    const deleted = await deletePhotoRows(tx, { userId: access.journalId, id: { in: [...photoIds] } });
    if (deleted.length > 0) await recordActivity(access, "deleted", "photo", undefined, tx);
    return deleted;
  });
  await removeStoredPhotos(keys, deps.storage);
  return keys.length / 2;
}

/**
 * Inside the caller's transaction, before it deletes an entry: deletes the entry's photo rows (the
 * relation would otherwise make them pending) and returns their storage keys, for
 * `removeStoredPhotos` after the commit.
 */
export async function deletePhotosOfEntry(tx: Tx, userId: string, entryId: string): Promise<string[]> {
  return deletePhotoRows(tx, { userId, entryId });
}

/**
 * Deletes stored files, after the transaction that deleted their rows has committed. Never throws:
 * a file that could not be deleted is logged and is only unreferenced, never a broken entry.
 */
export async function removeStoredPhotos(keys: readonly string[], storage?: PhotoStorage): Promise<void> {
  if (keys.length === 0) return;
  try {
    await (storage ?? photoStorage()).delete(keys);
  } catch (error) {
    logger.error({ err: error, keys }, "could not delete stored photo files");
  }
}

/** Deletes the user's pending photos older than PENDING_PHOTO_LIFETIME_MS, rows and files. */
export async function removeStalePendingPhotos(userId: string, deps: PhotoDeps = {}): Promise<number> {
  const cutoff = new Date((deps.now ?? new Date()).getTime() - PENDING_PHOTO_LIFETIME_MS);
  const keys = await db().$transaction((tx) => deletePhotoRows(tx, { userId, entryId: null, createdAt: { lt: cutoff } }));
  await removeStoredPhotos(keys, deps.storage);
  return keys.length / 2;
}

/**
 * Deletes the photo rows matching `where` and returns the storage keys of exactly those deleted. A
 * row that another transaction changed meanwhile (say, attached to an entry) no longer matches, is
 * not deleted, and its files are not returned.
 */
async function deletePhotoRows(tx: Tx, where: Prisma.PhotoWhereInput): Promise<string[]> {
  const candidates = await tx.photo.findMany({ where, select: { id: true, storageKey: true, thumbnailKey: true } });
  if (candidates.length === 0) return [];
  const ids = candidates.map((photo) => photo.id);
  await tx.photo.deleteMany({ where: { AND: [where, { id: { in: ids } }] } });
  const survivors = new Set((await tx.photo.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((photo) => photo.id));
  return candidates.filter((photo) => !survivors.has(photo.id)).flatMap((photo) => [photo.storageKey, photo.thumbnailKey]);
}

function checkedCaption(caption: string): string {
  const trimmed = caption.trim();
  if (trimmed.length > MAX_CAPTION_LENGTH) throw new AppError(messageKey("captionTooLong", { max: MAX_CAPTION_LENGTH }), { status: 400 });
  return trimmed;
}

function tooManyPhotos(): AppError {
  return new AppError(messageKey("tooManyPhotosToSave", { max: MAX_PHOTOS_PER_ENTRY }));
}
