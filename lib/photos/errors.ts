import { MAX_INPUT_PIXELS, MAX_PHOTO_BYTES } from "./limits";

// Messages for photo problems a person can fix; services throw them as AppError with a status.

export const UNSUPPORTED_TYPE_MESSAGE = "Please choose a JPEG, PNG, WebP or HEIC photo.";
export const HEIC_UNREADABLE_MESSAGE = "This phone photo format (HEIC) can't be read here; please share it as JPEG";
export const PHOTO_NOT_FOUND_MESSAGE = "That photo could not be found.";
export const TOO_LARGE_FILE_MESSAGE = `This photo is larger than ${MAX_PHOTO_BYTES / (1024 * 1024)} MB. Please choose a smaller one.`;
export const TOO_MANY_PIXELS_MESSAGE = `This image is too large to process (over ${MAX_INPUT_PIXELS / 1_000_000} megapixels).`;
export const UNREADABLE_MESSAGE = "This photo could not be read; the file may be damaged.";
export const TOO_SLOW_MESSAGE = "This photo took too long to process.";
export const EMPTY_FILE_MESSAGE = `This file is empty. ${UNSUPPORTED_TYPE_MESSAGE}`;

/**
 * Refusals that the same file can never pass, each with what to do instead: sending it again would
 * only fail again, so the uploader offers another photo rather than "Try again".
 */
const INSTEAD: Record<string, string> = {
  [UNSUPPORTED_TYPE_MESSAGE]: "Choose a photo from your camera or photo library instead.",
  [EMPTY_FILE_MESSAGE]: "Choose a photo from your camera or photo library instead.",
  [HEIC_UNREADABLE_MESSAGE]: "On an iPhone, share the photo as JPEG (or set Settings, Camera, Formats to “Most Compatible”), then choose it again.",
  [TOO_LARGE_FILE_MESSAGE]: "Choose a smaller copy, or take the photo again with your phone's camera at its usual size.",
  [TOO_MANY_PIXELS_MESSAGE]: "Take the photo again with your phone's camera at its usual size, or choose a smaller copy (phones offer “medium” or “large” when sharing).",
  [UNREADABLE_MESSAGE]: "Choose another photo, or take a new one.",
  [TOO_SLOW_MESSAGE]: "Choose a smaller copy of the photo, or take a new one.",
};

/** What to do instead, when `message` is a refusal that cannot succeed with the same file; null otherwise. */
export function insteadOf(message: string): string | null {
  return INSTEAD[message] ?? null;
}
