// The push limit the settings page shows, without zod: its notifications section imports this
// module, so the page's first load carries no schema library (docs/decisions/0087).
// lib/push/schemas.ts re-exports it.

export const MAX_DEVICES_PER_PERSON = 10;
