// The photo limits and the photo URL, without zod: client components that only need these (the
// uploader, the photo cards) import this module, so the entry form's first load carries no schema
// library (docs/decisions/0087). lib/photos/schemas.ts re-exports them.

/** The largest file accepted, checked before anything is decoded. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** Far below sharp's own default (~268 MP): a 50 MP phone photo passes, a decompression bomb does not. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** A whole upload request: the file plus the multipart framing and the tag fields. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_PHOTO_BYTES + 512 * 1024;
export const MAX_PHOTOS_PER_ENTRY = 10;
/** Uploaded but not yet saved with an entry; a form that is never saved cannot fill the disk. */
export const MAX_PENDING_PHOTOS_PER_USER = 30;
export const MAX_CAPTION_LENGTH = 200;

export const PHOTO_SIZES = ["thumb", "full"] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

/** The one URL a photo is served from: the route that checks who is asking. */
export function photoUrl(photoId: string, size: PhotoSize = "full"): string {
  const path = `/api/photos/${encodeURIComponent(photoId)}`;
  return size === "thumb" ? `${path}?size=thumb` : path;
}
