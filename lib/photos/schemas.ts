import { z } from "zod";
import type { Foot, FootRegion } from "../generated/prisma/enums";
import { FEET, REGIONS } from "../foot-health/vocabulary";
import { MAX_CAPTION_LENGTH } from "./limits";

// Schemas shared by the upload route, the photo services and the forms; the limits are in
// limits.ts (zod-free, for client components) and re-exported here.
export { MAX_CAPTION_LENGTH, MAX_INPUT_PIXELS, MAX_PENDING_PHOTOS_PER_USER, MAX_PHOTO_BYTES, MAX_PHOTOS_PER_ENTRY, MAX_UPLOAD_REQUEST_BYTES, PHOTO_SIZES, photoUrl, type PhotoSize } from "./limits";

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
