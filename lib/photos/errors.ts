import { MAX_PHOTO_BYTES } from "./schemas";

/**
 * A problem with a photo that the person can fix (wrong type, too big, too many). Its message is
 * written for them and is shown as it is; `status` is the HTTP status a route answers with.
 * Entry services turn it into a form message: `new ActionError(error.message, "photos")`.
 */
export class PhotoError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 413 | 422 = 422,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "PhotoError";
  }
}

export const UNSUPPORTED_TYPE_MESSAGE = "Please choose a JPEG, PNG, WebP or HEIC photo.";
export const HEIC_UNREADABLE_MESSAGE = "This phone photo format (HEIC) can't be read here; please share it as JPEG";
export const PHOTO_NOT_FOUND_MESSAGE = "That photo could not be found.";
export const TOO_LARGE_FILE_MESSAGE = `This photo is larger than ${MAX_PHOTO_BYTES / (1024 * 1024)} MB. Please choose a smaller one.`;
