import { MAX_PHOTO_BYTES } from "./schemas";

// Messages for photo problems a person can fix; services throw them as AppError with a status.

export const UNSUPPORTED_TYPE_MESSAGE = "Please choose a JPEG, PNG, WebP or HEIC photo.";
export const HEIC_UNREADABLE_MESSAGE = "This phone photo format (HEIC) can't be read here; please share it as JPEG";
export const PHOTO_NOT_FOUND_MESSAGE = "That photo could not be found.";
export const TOO_LARGE_FILE_MESSAGE = `This photo is larger than ${MAX_PHOTO_BYTES / (1024 * 1024)} MB. Please choose a smaller one.`;
