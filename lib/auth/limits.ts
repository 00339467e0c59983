// Password rules the forms show, without zod, for a page's first load (docs/decisions/0087);
// lib/auth/schemas.ts enforces them and re-exports them.

export const PASSWORD_MIN_LENGTH = 10;
