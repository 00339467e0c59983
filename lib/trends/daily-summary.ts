import type { Tx } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { rebuildAllPeriodsSql, refreshPeriodsSql } from "./period-summary";

// The per-person, per-day summary that long trend ranges read (docs/decisions/0085): DailySummary,
// DailyObservationSummary and DailyTemperatureSummary. Every entry create, edit and delete calls
// applyEntryChange inside its own transaction, which recomputes the days the change touched from
// the raw rows. Recomputing a day (a handful of rows) instead of adding and subtracting deltas
// keeps the summary equal to the aggregate by construction, whatever an edit changed.
//
// Entries keep the local day they were written on (docs/decisions/0013), so a change of time zone
// moves no entry and needs no refresh; an edit that moves an entry to another day refreshes both.

/** Advisory lock class for "this person's daily summary"; the second key is a hash of the user id. */
const SUMMARY_LOCK_CLASS = 14_085;

type Day = Date;

/**
 * Brings the summary of the days an entry was on before and after a change up to date, in the
 * change's transaction: `before` is null for a new entry, `after` null for a deleted one.
 */
export async function applyEntryChange(tx: Tx, userId: string, before: Day | null, after: Day | null): Promise<void> {
  const days = [...new Set([before, after].flatMap((day) => (day ? [day.toISOString().slice(0, 10)] : [])))];
  if (days.length === 0) return;
  // One writer per person at a time: the recompute below must see every committed entry of the
  // day, including one another transaction wrote just before this one (READ COMMITTED takes a
  // new snapshot per statement, so it is taken after the lock is granted).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SUMMARY_LOCK_CLASS}::int, hashtext(${userId}))`;
  await tx.$executeRaw(refreshSql(Prisma.sql`"userId" = ${userId} AND "localDate" = ANY(${days}::date[])`));
  // A statement of its own: the roll-ups read the daily rows the statement above wrote.
  await tx.$executeRaw(refreshPeriodsSql(userId, days));
}

/** Recomputes everyone's summaries, in order: for rows written without the journal's services (benchmark seeds). */
export const rebuildAllSql = (): Prisma.Sql[] => [refreshSql(Prisma.sql`TRUE`), ...rebuildAllPeriodsSql()];

/**
 * One statement that recomputes the three summaries of the days `inDays` selects (a condition on
 * "userId" and "localDate"): each table upserts the days' fresh aggregate and deletes the rows the
 * aggregate no longer has. The two touch disjoint rows, so they can share a statement.
 */
function refreshSql(inDays: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH entries AS (
      SELECT "id", "userId", "localDate", "pain", "careKind" FROM "Entry" WHERE ${inDays}
    ),
    day_rows AS (
      SELECT "userId", "localDate", count(*)::int AS checks, max("pain") AS pain_max, sum("pain")::int AS pain_sum,
             count(*) FILTER (WHERE "careKind" <> 'NONE')::int AS care_checks
      FROM entries GROUP BY 1, 2
    ),
    observation_rows AS (
      SELECT e."userId", e."localDate", o."kind", o."foot", o."region", count(*)::int AS n,
             coalesce(sum(o."pain"), 0)::int AS pain_sum, count(o."pain")::int AS pain_count
      FROM entries e JOIN "Observation" o ON o."entryId" = e."id" AND o."userId" = e."userId"
      GROUP BY 1, 2, 3, 4, 5
    ),
    pairs AS (
      SELECT e."userId", e."localDate", t."site",
             (max(t."celsius") FILTER (WHERE t."foot" = 'LEFT') * 10)::int AS l, (max(t."celsius") FILTER (WHERE t."foot" = 'RIGHT') * 10)::int AS r
      FROM entries e JOIN "TemperatureReading" t ON t."entryId" = e."id" AND t."userId" = e."userId"
      GROUP BY e."id", 1, 2, 3
    ),
    temperature_rows AS (
      SELECT "userId", "localDate", "site", coalesce(sum(l), 0)::int AS left_tenths, count(l)::int AS left_count,
             coalesce(sum(r), 0)::int AS right_tenths, count(r)::int AS right_count,
             coalesce(sum(l - r), 0)::int AS difference_tenths, count(l - r)::int AS difference_count
      FROM pairs GROUP BY 1, 2, 3
    ),
    upsert_days AS (
      INSERT INTO "DailySummary" ("userId", "localDate", "checks", "painMax", "painSum", "careChecks")
      SELECT * FROM day_rows
      ON CONFLICT ("userId", "localDate") DO UPDATE SET "checks" = excluded."checks", "painMax" = excluded."painMax",
        "painSum" = excluded."painSum", "careChecks" = excluded."careChecks"
    ),
    delete_days AS (
      DELETE FROM "DailySummary" s WHERE ${inDays} AND NOT EXISTS (SELECT 1 FROM day_rows d WHERE d."userId" = s."userId" AND d."localDate" = s."localDate")
    ),
    upsert_observations AS (
      INSERT INTO "DailyObservationSummary" ("userId", "localDate", "kind", "foot", "region", "count", "painSum", "painCount")
      SELECT * FROM observation_rows
      ON CONFLICT ("userId", "localDate", "kind", "foot", "region") DO UPDATE SET "count" = excluded."count",
        "painSum" = excluded."painSum", "painCount" = excluded."painCount"
    ),
    delete_observations AS (
      DELETE FROM "DailyObservationSummary" s WHERE ${inDays} AND NOT EXISTS (
        SELECT 1 FROM observation_rows o
        WHERE o."userId" = s."userId" AND o."localDate" = s."localDate" AND o."kind" = s."kind" AND o."foot" = s."foot" AND o."region" = s."region")
    ),
    upsert_temperatures AS (
      INSERT INTO "DailyTemperatureSummary"
        ("userId", "localDate", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount")
      SELECT * FROM temperature_rows
      ON CONFLICT ("userId", "localDate", "site") DO UPDATE SET "leftTenths" = excluded."leftTenths", "leftCount" = excluded."leftCount",
        "rightTenths" = excluded."rightTenths", "rightCount" = excluded."rightCount",
        "differenceTenths" = excluded."differenceTenths", "differenceCount" = excluded."differenceCount"
    ),
    delete_temperatures AS (
      DELETE FROM "DailyTemperatureSummary" s WHERE ${inDays} AND NOT EXISTS (
        SELECT 1 FROM temperature_rows t WHERE t."userId" = s."userId" AND t."localDate" = s."localDate" AND t."site" = s."site")
    )
    SELECT 1`;
}
