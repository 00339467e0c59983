import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import type { JobContext } from "../jobs/define-job";
import { sendReminderJob } from "./send-reminder-job";
import { enqueueInTransaction } from "../jobs/enqueue";
import { localDateOf, localDayBounds } from "../time/local-day";
import type { ScheduleRule } from "./occurrences";
import { planDue } from "./plan-due";
import { scheduleOf } from "./schedule-of";

// The dispatcher. In one transaction per batch it claims due rules (FOR UPDATE SKIP LOCKED, so
// concurrent workers take different rows), records one Delivery per occurrence (unique on rule and
// occurrence), advances each rule and enqueues the send jobs — all or nothing. It runs on a plain
// pg connection because pg-boss must write its jobs on that same connection (decision 0016).

export const DISPATCH_BATCH_SIZE = 200;

type DueRow = ScheduleRule & { id: string; userId: string; kind: string; nextOccurrenceAt: Date };

export type DispatchSummary = { rules: number; queued: number; skipped: number; missed: number };

export async function dispatchDueReminders(context: JobContext, now = new Date(), batchSize = DISPATCH_BATCH_SIZE): Promise<DispatchSummary> {
  const summary: DispatchSummary = { rules: 0, queued: 0, skipped: 0, missed: 0 };
  for (;;) {
    const client = await context.pool.connect();
    try {
      await client.query("BEGIN");
      const claimed = await dispatchBatch(client, context, now, batchSize, summary);
      await client.query("COMMIT");
      if (claimed < batchSize) return summary;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

async function dispatchBatch(client: PoolClient, context: JobContext, now: Date, batchSize: number, summary: DispatchSummary): Promise<number> {
  const { rows } = await client.query<DueRow>(
    `SELECT id, "userId", kind::text, frequency::text, weekdays, "intervalDays", "dayOfMonth", "localTime", "timeZone",
            "startDate"::text, "endDate"::text, "onceAt" AT TIME ZONE 'UTC' AS "onceAt", "nextOccurrenceAt" AT TIME ZONE 'UTC' AS "nextOccurrenceAt"
       FROM "Reminder"
      WHERE active AND "nextOccurrenceAt" <= ($1::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "nextOccurrenceAt"
      LIMIT $2
      FOR UPDATE SKIP LOCKED`,
    [now, batchSize],
  );
  const deliveries: { id: string; userId: string; reminderId: string; at: Date; localDate: string; status: string; late: boolean }[] = [];
  const advances: { id: string; next: Date | null; lastLocalDate: string }[] = [];
  for (const row of rows) {
    const rule = scheduleOf(row);
    const plan = planDue(rule, { at: row.nextOccurrenceAt, localDate: localDateOf(row.nextOccurrenceAt, row.timeZone) }, now);
    for (const missed of plan.missed) deliveries.push({ id: randomUUID(), userId: row.userId, reminderId: row.id, at: missed.at, localDate: missed.localDate, status: "MISSED", late: false });
    if (plan.send) {
      const alreadyChecked = row.kind === "SELF_CHECK" && (await checkedOnLocalDay(client, row.userId, plan.send.localDate, row.timeZone));
      deliveries.push({ id: randomUUID(), userId: row.userId, reminderId: row.id, at: plan.send.at, localDate: plan.send.localDate, status: alreadyChecked ? "SKIPPED" : "QUEUED", late: plan.send.late });
    }
    advances.push({ id: row.id, next: plan.next?.at ?? null, lastLocalDate: plan.lastLocalDate });
  }
  if (!rows.length) return 0;

  const inserted = await client.query<{ id: string; status: string }>(
    `INSERT INTO "Delivery" (id, "userId", "reminderId", "occurrenceAt", "localDate", status, late, "updatedAt")
     SELECT d.id, d.user_id, d.reminder_id, d.at AT TIME ZONE 'UTC', d.local_date, d.status::"DeliveryStatus", d.late, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::date[], $6::text[], $7::bool[])
            AS d(id, user_id, reminder_id, at, local_date, status, late)
     ON CONFLICT ("reminderId", "occurrenceAt") DO NOTHING
     RETURNING id, status::text`,
    [
      deliveries.map((d) => d.id),
      deliveries.map((d) => d.userId),
      deliveries.map((d) => d.reminderId),
      deliveries.map((d) => d.at),
      deliveries.map((d) => d.localDate),
      deliveries.map((d) => d.status),
      deliveries.map((d) => d.late),
    ],
  );
  await client.query(
    `UPDATE "Reminder" AS r
        SET "nextOccurrenceAt" = v.next AT TIME ZONE 'UTC', "lastLocalDate" = v.last_local_date, "updatedAt" = now()
       FROM unnest($1::text[], $2::timestamptz[], $3::date[]) AS v(id, next, last_local_date)
      WHERE r.id = v.id`,
    [advances.map((a) => a.id), advances.map((a) => a.next), advances.map((a) => a.lastLocalDate)],
  );
  // Only rows this transaction inserted get a job: a conflict means the occurrence was handled.
  const queued = inserted.rows.filter((row) => row.status === "QUEUED").map((row) => ({ deliveryId: row.id }));
  await enqueueInTransaction(context.boss, client, sendReminderJob, queued);

  summary.rules += rows.length;
  summary.queued += queued.length;
  summary.skipped += inserted.rows.filter((row) => row.status === "SKIPPED").length;
  summary.missed += inserted.rows.filter((row) => row.status === "MISSED").length;
  return rows.length;
}

/**
 * Whether the person already logged a check on this local day of the reminder's zone: an entry
 * filed under that date, or one recorded between that day's local midnights (an entry written
 * while travelling carries another zone's date).
 */
async function checkedOnLocalDay(client: PoolClient, userId: string, localDate: string, timeZone: string): Promise<boolean> {
  const { start, end } = localDayBounds(localDate, timeZone);
  const { rowCount } = await client.query(
    `SELECT 1 FROM "Entry"
      WHERE "userId" = $1
        AND ("localDate" = $2::date OR ("recordedAt" >= ($3::timestamptz AT TIME ZONE 'UTC') AND "recordedAt" < ($4::timestamptz AT TIME ZONE 'UTC')))
      LIMIT 1`,
    [userId, localDate, start, end],
  );
  return (rowCount ?? 0) > 0;
}
