import type { Tx } from "../db/client";
import { sendReminderJob } from "./send-reminder-job";

/**
 * Removes the queued send jobs of a user's deliveries (pg-boss keeps them in its own schema, which
 * does not cascade from User). Run before the deliveries themselves are deleted.
 */
export async function cancelPendingSends(tx: Tx, userId: string): Promise<void> {
  const [queue] = await tx.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS "exists"`;
  if (!queue?.exists) return;
  await tx.$executeRaw`
    DELETE FROM pgboss.job
     WHERE name = ${sendReminderJob.name}
       AND state IN ('created', 'retry', 'active')
       AND data->>'deliveryId' IN (SELECT id FROM "Delivery" WHERE "userId" = ${userId})`;
}
