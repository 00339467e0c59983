import { verifyPrintToken } from "../report/print-token";
import { reportPhotoIds } from "../report/load-report";
import type { ReportOptions } from "../report/schemas";
import { readPhotoForUser, type PhotoFile } from "../photos/read-photo";
import type { PhotoSize } from "../photos/schemas";
import { resolveShareToken } from "./share-links";

// What a signed-out reader holds: a share link's token, or the PDF renderer's one-minute print
// token. Either grants one report of one user, and through it only that report's photos.

export type ReportGrant = { userId: string; options: ReportOptions };

export async function resolveReportGrant(token: string): Promise<ReportGrant | null> {
  return verifyPrintToken(token) ?? (await resolveShareToken(token));
}

/** A photo's file when it is one the granted report shows; null for every other id, alike. */
export async function readReportPhoto(token: string, photoId: string, size: PhotoSize): Promise<PhotoFile | null> {
  const grant = await resolveReportGrant(token);
  if (!grant) return null;
  const allowed = await reportPhotoIds(grant.userId, grant.options);
  if (!allowed.has(photoId)) return null;
  return readPhotoForUser(grant.userId, photoId, size);
}

export function reportPhotoUrl(token: string, photoId: string, size: PhotoSize = "full"): string {
  const path = `/api/share/${encodeURIComponent(token)}/photos/${encodeURIComponent(photoId)}`;
  return size === "thumb" ? `${path}?size=thumb` : path;
}
