import { randomUUID } from "node:crypto";
import type { PoolClient } from "pg";
import type { JobContext } from "../jobs/define-job";
import { enqueueInTransaction } from "../jobs/enqueue";
import { localDateOf } from "../time/local-day";
import type { ScheduleRule } from "./occurrences";
import { planDue } from "./plan-due";
import { checkedOnLocalDays, type DayQuestion } from "./checked-on-local-days";
import { scheduleOf } from "./schedule-of";
import { sendPushReminderJob } from "./send-push-reminder-job";
import { sendReminderJob } from "./send-reminder-job";

// The dispatcher. In one transaction per batch it claims due rules (FOR UPDATE SKIP LOCKED, so
// concurrent workers take different rows), records one Delivery per occurrence and channel (unique
// on rule, occurrence and channel: a reminder sent by email and notification has two), advances each rule and enqueues the send jobs — all or nothing. Every step is one
// statement for the whole batch: the claim, the "checked that day?" question, the Delivery insert,
// the rule update and the job insert. It runs on a plain pg connection because pg-boss must write
// its jobs on that same connection (decisions 0016 and 0035).

export const DISPATCH_BATCH_SIZE = 1000;
/**
 * Batches claimed at once by one dispatcher: while one waits on PostgreSQL, the other plans in
 * JavaScript. SKIP LOCKED keeps them (and other workers' dispatchers) on different rules.
 */
const DISPATCH_CONCURRENCY = 2;

type DueRow = ScheduleRule & { id: string; userId: string; kind: string; channel: "EMAIL" | "PUSH" | "BOTH"; nextOccurrenceAt: Date };
type Channel = "EMAIL" | "PUSH";

export type DispatchSummary = { rules: number; queued: number; skipped: number; missed: number };

/** One Delivery row to record: one per occurrence and channel. */
type NewDelivery = { id: string; userId: string; reminderId: string; channel: Channel; at: Date; localDate: string; status: "QUEUED" | "SKIPPED" | "MISSED"; late: boolean };

const CHANNELS: Record<DueRow["channel"], Channel[]> = { EMAIL: ["EMAIL"], PUSH: ["PUSH"], BOTH: ["EMAIL", "PUSH"] };
type Advance = { id: string; next: Date | null; lastLocalDate: string };

export async function dispatchDueReminders(context: JobContext, now = new Date(), batchSize = DISPATCH_BATCH_SIZE): Promise<DispatchSummary> {
  const summary: DispatchSummary = { rules: 0, queued: 0, skipped: 0, missed: 0 };
  // Both run to their end before a failure is reported, so none is left working unobserved.
  const results = await Promise.allSettled(Array.from({ length: DISPATCH_CONCURRENCY }, () => dispatchUntilDone(context, now, batchSize, summary)));
  const failure = results.find((result) => result.status === "rejected");
  if (failure) throw failure.reason;
  return summary;
}

async function dispatchUntilDone(context: JobContext, now: Date, batchSize: number, summary: DispatchSummary): Promise<void> {
  for (;;) {
    const client = await context.pool.connect();
    try {
      await client.query("BEGIN");
      const claimed = await dispatchBatch(client, context, now, batchSize, summary);
      await client.query("COMMIT");
      if (claimed < batchSize) return;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

async function dispatchBatch(client: PoolClient, context: JobContext, now: Date, batchSize: number, summary: DispatchSummary): Promise<number> {
  const rows = await claimDueRules(client, now, batchSize);
  if (!rows.length) return 0;

  const planned = rows.map((row) => ({
    row,
    plan: planDue(scheduleOf(row), { at: row.nextOccurrenceAt, localDate: localDateOf(row.nextOccurrenceAt, row.timeZone) }, now),
  }));
  const questions: DayQuestion[] = planned.flatMap(({ row, plan }) =>
    row.kind === "SELF_CHECK" && plan.send ? [{ userId: row.userId, localDate: plan.send.localDate, timeZone: row.timeZone }] : [],
  );
  const checked = await checkedOnLocalDays(client, questions);

  const deliveries: NewDelivery[] = [];
  const advances: Advance[] = [];
  for (const { row, plan } of planned) {
    for (const channel of CHANNELS[row.channel] ?? ["EMAIL"]) {
      const base = { userId: row.userId, reminderId: row.id, channel };
      for (const missed of plan.missed) deliveries.push({ ...base, id: randomUUID(), at: missed.at, localDate: missed.localDate, status: "MISSED", late: false });
      if (plan.send) {
        const alreadyChecked = row.kind === "SELF_CHECK" && checked.has(`${row.userId} ${plan.send.localDate}`);
        deliveries.push({ ...base, id: randomUUID(), at: plan.send.at, localDate: plan.send.localDate, status: alreadyChecked ? "SKIPPED" : "QUEUED", late: plan.send.late });
      }
    }
    advances.push({ id: row.id, next: plan.next?.at ?? null, lastLocalDate: plan.lastLocalDate });
  }

  const inserted = await insertDeliveries(client, deliveries);
  await advanceRules(client, advances);
  // Only rows this transaction inserted get a job: a conflict means the occurrence was handled.
  const queued = inserted.filter((row) => row.status === "QUEUED");
  await enqueueInTransaction(context.boss, client, sendReminderJob, queued.filter((row) => row.channel === "EMAIL").map((row) => ({ deliveryId: row.id })));
  await enqueueInTransaction(context.boss, client, sendPushReminderJob, queued.filter((row) => row.channel === "PUSH").map((row) => ({ deliveryId: row.id })));

  summary.rules += rows.length;
  summary.queued += queued.length;
  summary.skipped += inserted.filter((row) => row.status === "SKIPPED").length;
  summary.missed += inserted.filter((row) => row.status === "MISSED").length;
  return rows.length;
}

async function claimDueRules(client: PoolClient, now: Date, limit: number): Promise<DueRow[]> {
  const { rows } = await client.query<DueRow>(
    `SELECT id, "userId", kind::text, channel::text, frequency::text, weekdays, "intervalDays", "dayOfMonth", "localTime", "timeZone",
            "startDate"::text, "endDate"::text, "onceAt" AT TIME ZONE 'UTC' AS "onceAt", "nextOccurrenceAt" AT TIME ZONE 'UTC' AS "nextOccurrenceAt"
       FROM "Reminder"
      WHERE active AND "nextOccurrenceAt" <= ($1::timestamptz AT TIME ZONE 'UTC')
      -- The column, not the converted output of the same name: the order then comes from the index.
      ORDER BY "Reminder"."nextOccurrenceAt"
      LIMIT $2
      FOR UPDATE SKIP LOCKED`,
    [now, limit],
  );
  return rows;
}

async function insertDeliveries(client: PoolClient, deliveries: NewDelivery[]): Promise<{ id: string; status: string; channel: Channel }[]> {
  const { rows } = await client.query<{ id: string; status: string; channel: Channel }>(
    `INSERT INTO "Delivery" (id, "userId", "reminderId", channel, "occurrenceAt", "localDate", status, late, "updatedAt")
     SELECT d.id, d.user_id, d.reminder_id, d.channel::"DeliveryChannel", d.at AT TIME ZONE 'UTC', d.local_date, d.status::"DeliveryStatus", d.late, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::date[], $6::text[], $7::bool[], $8::text[])
            AS d(id, user_id, reminder_id, at, local_date, status, late, channel)
     ON CONFLICT ("reminderId", "occurrenceAt", channel) DO NOTHING
     RETURNING id, status::text, channel::text AS channel`,
    [
      deliveries.map((d) => d.id),
      deliveries.map((d) => d.userId),
      deliveries.map((d) => d.reminderId),
      deliveries.map((d) => d.at),
      deliveries.map((d) => d.localDate),
      deliveries.map((d) => d.status),
      deliveries.map((d) => d.late),
      deliveries.map((d) => d.channel),
    ],
  );
  return rows;
}

async function advanceRules(client: PoolClient, advances: Advance[]): Promise<void> {
  await client.query(
    `UPDATE "Reminder" AS r
        SET "nextOccurrenceAt" = v.next AT TIME ZONE 'UTC', "lastLocalDate" = v.last_local_date, "updatedAt" = now()
       FROM unnest($1::text[], $2::timestamptz[], $3::date[]) AS v(id, next, last_local_date)
      -- = ANY lets the planner look the batch up by primary key instead of scanning every rule.
      WHERE r.id = v.id AND r.id = ANY($1::text[])`,
    [advances.map((a) => a.id), advances.map((a) => a.next), advances.map((a) => a.lastLocalDate)],
  );
}
