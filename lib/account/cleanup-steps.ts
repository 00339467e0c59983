import type { Tx } from "../db/client";
import { cancelPendingSends } from "../reminders/cancel-pending-sends";

// What deleting an account removes, capability by capability, in one list. Each step runs inside
// the deletion's transaction, before the user row itself goes (which cascades to every table that
// carries userId). A capability whose data lives outside those tables (a job queue, an external
// service) adds its step here.

export type AccountCleanupStep = { name: string; run: (tx: Tx, userId: string) => Promise<void> };

export const ACCOUNT_CLEANUP_STEPS: readonly AccountCleanupStep[] = [
  // Revoked first, so a request already in flight on another device is signed out even if it
  // races the delete; the rows then go with the user.
  { name: "sessions", run: async (tx, userId) => void (await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })) },
  { name: "share links", run: async (tx, userId) => void (await tx.shareLink.deleteMany({ where: { userId } })) },
  // Reminder and delivery rows go with the user; the queued send jobs live in pg-boss's own schema.
  { name: "pending reminder emails", run: cancelPendingSends },
];
