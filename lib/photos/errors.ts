import { messageKey } from "../i18n/message-key";
import { MAX_INPUT_PIXELS, MAX_PHOTO_BYTES } from "./limits";

// Messages for photo problems a person can fix; services throw them as AppError with a status.
// They are keys of the `errors` messages (lib/i18n/message-key.ts): the uploader shows them in
// the person's language.

export const UNSUPPORTED_TYPE_MESSAGE = messageKey("photoUnsupported");
export const HEIC_UNREADABLE_MESSAGE = messageKey("photoHeicUnreadable");
export const PHOTO_NOT_FOUND_MESSAGE = messageKey("photoNotFound");
export const TOO_LARGE_FILE_MESSAGE = messageKey("photoTooLarge", { megabytes: MAX_PHOTO_BYTES / (1024 * 1024) });
export const TOO_MANY_PIXELS_MESSAGE = messageKey("photoTooManyPixels", { megapixels: MAX_INPUT_PIXELS / 1_000_000 });
export const UNREADABLE_MESSAGE = messageKey("photoUnreadable");
export const TOO_SLOW_MESSAGE = messageKey("photoTooSlow");
export const EMPTY_FILE_MESSAGE = messageKey("photoEmpty");

/**
 * Refusals that the same file can never pass, each with what to do instead: sending it again would
 * only fail again, so the uploader offers another photo rather than "Try again".
 */
const INSTEAD: Record<string, string> = {
  [UNSUPPORTED_TYPE_MESSAGE]: messageKey("photoChooseAnother"),
  [EMPTY_FILE_MESSAGE]: messageKey("photoChooseAnother"),
  [HEIC_UNREADABLE_MESSAGE]: messageKey("photoHeicInstead"),
  [TOO_LARGE_FILE_MESSAGE]: messageKey("photoTooLargeInstead"),
  [TOO_MANY_PIXELS_MESSAGE]: messageKey("photoTooManyPixelsInstead"),
  [UNREADABLE_MESSAGE]: messageKey("photoUnreadableInstead"),
  [TOO_SLOW_MESSAGE]: messageKey("photoTooSlowInstead"),
};

/** What to do instead, when `message` is a refusal that cannot succeed with the same file; null otherwise. */
export function insteadOf(message: string): string | null {
  return INSTEAD[message] ?? null;
}
