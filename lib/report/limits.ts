// The share link's choices the report page offers, without zod, for its first load
// (docs/decisions/0087); lib/report/schemas.ts enforces them and re-exports them.

/** Expiry choices offered for a share link, in hours: one hour to thirty days. */
export const SHARE_LINK_EXPIRY_HOURS = [1, 24, 72, 168, 720] as const;
