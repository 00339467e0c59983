// An entry's limits, without zod, for the entry form's first load (docs/decisions/0087);
// lib/journal/schemas.ts enforces them and re-exports them.

export const MAX_OBSERVATIONS = 30;
export const MAX_NOTES_LENGTH = 5000;
export { MAX_PHOTOS_PER_ENTRY as MAX_PHOTOS } from "../photos/limits";
