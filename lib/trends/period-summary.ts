import { Prisma } from "../generated/prisma/client";
import { addLocalDays, addLocalMonths } from "../time/calendar";

// The daily summaries rolled up by month (observations per kind and place, per kind, per place, and
// temperatures), which long ranges read (docs/decisions/0099, 0103). Each roll-up row is recomputed
// from the daily rows of its month, in the same transaction, right after those days are
// (daily-summary.ts): so it equals the sum of its days by construction. Months are of the local
// dates the entries already carry, so they need no zone either.

/** The first day of a local date's month. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

const monthRows = (months: string[], userId: string, table: string) => Prisma.sql`(
  SELECT s.* FROM unnest(${months}::date[]) AS m(month)
  JOIN ${Prisma.raw(`"${table}"`)} s ON s."userId" = ${userId} AND s."localDate" >= m.month AND s."localDate" < (m.month + interval '1 month')::date
) s`;

function rollups(observations: Prisma.Sql, temperatures: Prisma.Sql) {
  return {
    observationRows: Prisma.sql`
      SELECT "userId", date_trunc('month', "localDate"::timestamp)::date AS month, "kind", "foot", "region",
             count(*)::int AS days, sum("count")::int AS n, sum("painSum")::int AS pain_sum, sum("painCount")::int AS pain_count
      FROM ${observations} GROUP BY 1, 2, 3, 4, 5`,
    kindRows: Prisma.sql`
      SELECT "userId", date_trunc('month', "localDate"::timestamp)::date AS month, "kind", sum("count")::int AS n
      FROM ${observations} GROUP BY 1, 2, 3`,
    placeRows: Prisma.sql`
      SELECT "userId", date_trunc('month', "localDate"::timestamp)::date AS month, "foot", "region",
             count(DISTINCT "localDate")::int AS days, sum("count")::int AS n, sum("painSum")::int AS pain_sum, sum("painCount")::int AS pain_count
      FROM ${observations} GROUP BY 1, 2, 3, 4`,
    temperatureRows: Prisma.sql`
      SELECT "userId", date_trunc('month', "localDate"::timestamp)::date AS month, "site",
             sum("leftTenths")::int AS left_tenths, sum("leftCount")::int AS left_count, sum("rightTenths")::int AS right_tenths,
             sum("rightCount")::int AS right_count, sum("differenceTenths")::int AS difference_tenths, sum("differenceCount")::int AS difference_count
      FROM ${temperatures} GROUP BY 1, 2, 3`,
  };
}

/**
 * Recomputes one person's roll-ups of the months that hold `days`, from the daily
 * summary: upserts each period's fresh aggregate and deletes the rows it no longer has.
 */
export function refreshPeriodsSql(userId: string, days: string[]): Prisma.Sql {
  const months = [...new Set(days.map(monthOf))];
  const { observationRows, kindRows, placeRows, temperatureRows } = rollups(
    monthRows(months, userId, "DailyObservationSummary"),
    monthRows(months, userId, "DailyTemperatureSummary"),
  );
  return Prisma.sql`
    WITH observation_rows AS (${observationRows}), kind_rows AS (${kindRows}), place_rows AS (${placeRows}), temperature_rows AS (${temperatureRows}),
    upsert_observations AS (
      INSERT INTO "MonthlyObservationSummary" ("userId", "month", "kind", "foot", "region", "days", "count", "painSum", "painCount")
      SELECT * FROM observation_rows
      ON CONFLICT ("userId", "month", "kind", "foot", "region") DO UPDATE SET "days" = excluded."days", "count" = excluded."count",
        "painSum" = excluded."painSum", "painCount" = excluded."painCount"
    ),
    delete_observations AS (
      DELETE FROM "MonthlyObservationSummary" s WHERE s."userId" = ${userId} AND s."month" = ANY(${months}::date[]) AND NOT EXISTS (
        SELECT 1 FROM observation_rows o WHERE o.month = s."month" AND o."kind" = s."kind" AND o."foot" = s."foot" AND o."region" = s."region")
    ),
    upsert_kinds AS (
      INSERT INTO "MonthlyKindSummary" ("userId", "month", "kind", "count")
      SELECT * FROM kind_rows
      ON CONFLICT ("userId", "month", "kind") DO UPDATE SET "count" = excluded."count"
    ),
    delete_kinds AS (
      DELETE FROM "MonthlyKindSummary" s WHERE s."userId" = ${userId} AND s."month" = ANY(${months}::date[]) AND NOT EXISTS (
        SELECT 1 FROM kind_rows k WHERE k.month = s."month" AND k."kind" = s."kind")
    ),
    upsert_places AS (
      INSERT INTO "MonthlyPlaceSummary" ("userId", "month", "foot", "region", "days", "count", "painSum", "painCount")
      SELECT * FROM place_rows
      ON CONFLICT ("userId", "month", "foot", "region") DO UPDATE SET "days" = excluded."days", "count" = excluded."count",
        "painSum" = excluded."painSum", "painCount" = excluded."painCount"
    ),
    delete_places AS (
      DELETE FROM "MonthlyPlaceSummary" s WHERE s."userId" = ${userId} AND s."month" = ANY(${months}::date[]) AND NOT EXISTS (
        SELECT 1 FROM place_rows p WHERE p.month = s."month" AND p."foot" = s."foot" AND p."region" = s."region")
    ),
    upsert_temperatures AS (
      INSERT INTO "MonthlyTemperatureSummary"
        ("userId", "month", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount")
      SELECT * FROM temperature_rows
      ON CONFLICT ("userId", "month", "site") DO UPDATE SET "leftTenths" = excluded."leftTenths", "leftCount" = excluded."leftCount",
        "rightTenths" = excluded."rightTenths", "rightCount" = excluded."rightCount",
        "differenceTenths" = excluded."differenceTenths", "differenceCount" = excluded."differenceCount"
    ),
    delete_temperatures AS (
      DELETE FROM "MonthlyTemperatureSummary" s WHERE s."userId" = ${userId} AND s."month" = ANY(${months}::date[]) AND NOT EXISTS (
        SELECT 1 FROM temperature_rows t WHERE t.month = s."month" AND t."site" = s."site")
    )
    SELECT 1`;
}

/** Everyone's roll-ups rebuilt from the daily summary (benchmark seeds; the migration does the same). */
export function rebuildAllPeriodsSql(): Prisma.Sql[] {
  const { observationRows, kindRows, placeRows, temperatureRows } = rollups(Prisma.sql`"DailyObservationSummary"`, Prisma.sql`"DailyTemperatureSummary"`);
  return [
    Prisma.sql`TRUNCATE "MonthlyObservationSummary", "MonthlyKindSummary", "MonthlyPlaceSummary", "MonthlyTemperatureSummary"`,
    Prisma.sql`INSERT INTO "MonthlyObservationSummary" ("userId", "month", "kind", "foot", "region", "days", "count", "painSum", "painCount") ${observationRows}`,
    Prisma.sql`INSERT INTO "MonthlyKindSummary" ("userId", "month", "kind", "count") ${kindRows}`,
    Prisma.sql`INSERT INTO "MonthlyPlaceSummary" ("userId", "month", "foot", "region", "days", "count", "painSum", "painCount") ${placeRows}`,
    Prisma.sql`INSERT INTO "MonthlyTemperatureSummary" ("userId", "month", "site", "leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount") ${temperatureRows}`,
  ];
}

/**
 * A range split into whole months and the days at either end outside them: the whole months are
 * read from a roll-up, the edge days from the daily summary, so any range is exact. `wholeFrom` is
 * the first whole month's start, `wholeTo` the last one's start; null when there is none.
 */
export function splitRange(from: string, to: string) {
  const start = monthOf(from);
  const firstWhole = start === from ? from : addLocalMonths(start, 1);
  const toStart = monthOf(to);
  const lastWhole = addLocalDays(addLocalMonths(toStart, 1), -1) === to ? toStart : addLocalMonths(toStart, -1);
  if (firstWhole > lastWhole) return { wholeFrom: null, wholeTo: null, edges: [{ from, to }] };
  const edges = [
    ...(from < firstWhole ? [{ from, to: addLocalDays(firstWhole, -1) }] : []),
    ...(addLocalMonths(lastWhole, 1) <= to ? [{ from: addLocalMonths(lastWhole, 1), to }] : []),
  ];
  return { wholeFrom: firstWhole, wholeTo: lastWhole, edges };
}
