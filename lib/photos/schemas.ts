import { z } from "zod";
import type { Foot, FootRegion } from "../generated/prisma/enums";
import { FEET, REGIONS } from "../foot-health/vocabulary";

// Limits and schemas shared by the upload route, the photo services and the forms. Nothing here
// touches the server, so client components import it too.

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

/** A select whose blank choice means "not tagged": "" or null in, null out. */
function optionalTag<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z
    .union([z.enum(values), z.literal("")], { error: message })
    .nullish()
    .transform((value): T[number] | null => value || null);
}

/** Foot, region and caption of one photo; a blank select means "not tagged". */
export const photoTagsSchema = z.object({
  foot: optionalTag(FEET, "Choose the left or right foot"),
  region: optionalTag(REGIONS, "Choose where on the foot"),
  caption: z
    .string({ error: "Enter a caption" })
    .trim()
    .max(MAX_CAPTION_LENGTH, `Use at most ${MAX_CAPTION_LENGTH} characters`)
    .default(""),
});

/** What a form or a request may send; blank or missing foot and region mean "not tagged". */
export type PhotoTagsInput = z.input<typeof photoTagsSchema>;
export type PhotoTags = z.output<typeof photoTagsSchema>;

/**
 * A photo held in a form's state: uploaded (and stored), with the tags the person has chosen. Its
 * tags are saved with the entry (attachPhotosToEntry). Photos live in the form's state, so a form
 * that fails to save keeps them.
 */
export const uploadedPhotoSchema = photoTagsSchema.extend({
  id: z.string().min(1).max(64),
  /** photoUrl(id, "thumb") when absent. */
  thumbnailUrl: z.string().optional(),
  /** True while no saved entry holds it: removing it from the form deletes it at once. */
  pending: z.boolean().optional(),
});

/** The photos in a form's state are of this type (use uploadedPhotoSchema in the form's schema). */
export type UploadedPhoto = z.input<typeof uploadedPhotoSchema>;

/** What the upload route answers and the photo services return. */
export type PhotoView = {
  id: string;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
  foot: Foot | null;
  region: FootRegion | null;
  caption: string;
};

/** The key of one spot (a foot and a region) in maps sent to forms, e.g. "LEFT:HEEL". */
export function spotKey(foot: Foot, region: FootRegion): string {
  return `${foot}:${region}`;
}
