import { Prisma } from "../generated/prisma/client";
import type { FootRegion, Foot, ObservationKind, TemperatureSite } from "../generated/prisma/enums";
import { splitRange } from "./period-summary";
import { bucketOf, STEP, TREND_WINDOW, typed, type DashboardStatements, type ObservationFilter, type RangeArgs } from "./sql";

// The dashboard's aggregates read from the per-day summary (lib/trends/daily-summary.ts) instead
// of the raw entries: a day is one row however many checks, observations and readings it had, so
// ten years are ≈ 3,650 rows. Observations and temperatures, many rows a day, read the whole
// months of a range from their roll-ups (lib/trends/period-summary.ts) and only the days at either
// end from the daily rows. Each builder returns exactly the rows of its namesake in
// sql.ts; lib/trends/dashboard.test.ts checks the two agree on the same journal.

function painSeriesSql({ userId, from, to, bucket }: RangeArgs) {
  const window = Prisma.raw(`'${TREND_WINDOW[bucket]}'::interval`);
  const step = Prisma.raw(`'${STEP[bucket]}'::interval`);
  return typed<{ period: string; max: number | null; mean: number | null; checks: number; trend: number | null }>(Prisma.sql`
    WITH points AS (
      SELECT ${bucketOf(bucket, Prisma.sql`"localDate"`)} AS period, max("painMax") AS max,
             sum("painSum")::numeric / sum("checks") AS mean, sum("checks") AS checks
      FROM "DailySummary"
      WHERE "userId" = ${userId} AND "localDate" BETWEEN (${from}::date - ${window})::date AND ${to}::date
      GROUP BY 1
    ), trended AS (
      SELECT period, max, mean, checks,
             avg(mean) OVER (ORDER BY period RANGE BETWEEN ${window} PRECEDING AND CURRENT ROW) AS trend
      FROM points
    )
    SELECT to_char(calendar.period, 'YYYY-MM-DD') AS "period", trended.max::int AS "max", trended.mean::float8 AS "mean",
           coalesce(trended.checks, 0)::int AS "checks", trended.trend::float8 AS "trend"
    FROM generate_series(${bucketOf(bucket, Prisma.sql`${from}::date`)}::timestamp, ${to}::date::timestamp, ${step}) AS calendar(period)
    LEFT JOIN trended ON trended.period = calendar.period::date
    ORDER BY 1`);
}

function painSummarySql(userId: string, range: { from: string; to: string; previous: { from: string } }) {
  return typed<{ mean: number | null; checks: number; days: number; previousMean: number | null; previousChecks: number }>(Prisma.sql`
    SELECT (sum("painSum") FILTER (WHERE "localDate" >= ${range.from}::date)::numeric
             / nullif(sum("checks") FILTER (WHERE "localDate" >= ${range.from}::date), 0))::float8 AS "mean",
           coalesce(sum("checks") FILTER (WHERE "localDate" >= ${range.from}::date), 0)::int AS "checks",
           count(*) FILTER (WHERE "localDate" >= ${range.from}::date)::int AS "days",
           (sum("painSum") FILTER (WHERE "localDate" < ${range.from}::date)::numeric
             / nullif(sum("checks") FILTER (WHERE "localDate" < ${range.from}::date), 0))::float8 AS "previousMean",
           coalesce(sum("checks") FILTER (WHERE "localDate" < ${range.from}::date), 0)::int AS "previousChecks"
    FROM "DailySummary"
    WHERE "userId" = ${userId} AND "localDate" BETWEEN ${range.previous.from}::date AND ${range.to}::date`);
}

function observationWhere(filter: ObservationFilter) {
  return Prisma.sql`${filter.kind ? Prisma.sql`AND "kind" = ${filter.kind}::"ObservationKind"` : Prisma.empty}
    ${filter.foot ? Prisma.sql`AND "foot" = ${filter.foot}::"Foot"` : Prisma.empty}
    ${filter.region ? Prisma.sql`AND "region" = ${filter.region}::"FootRegion"` : Prisma.empty}`;
}

// Long ranges are tens of thousands of summary rows: each statement groups them first and formats
// the few groups after (to_char per row, or sorting by enum columns, cost more than the scan).

/**
 * The rows of a range from a monthly roll-up for its whole months and from a daily table for the
 * days at either end: `monthSelect` and `daySelect` turn a condition on their table into a SELECT
 * with the same columns. One UNION ALL branch per part, so each is a range scan of its index.
 */
function monthsAndDays(
  { userId, from, to }: Omit<RangeArgs, "bucket">,
  monthSelect: (where: Prisma.Sql) => Prisma.Sql,
  daySelect: (where: Prisma.Sql) => Prisma.Sql,
) {
  const { wholeFrom, wholeTo, edges } = splitRange(from, to);
  const parts = [
    ...(wholeFrom && wholeTo ? [monthSelect(Prisma.sql`"userId" = ${userId} AND "month" BETWEEN ${wholeFrom}::date AND ${wholeTo}::date`)] : []),
    ...edges.map((edge) => daySelect(Prisma.sql`"userId" = ${userId} AND "localDate" BETWEEN ${edge.from}::date AND ${edge.to}::date`)),
  ];
  return Prisma.join(parts, " UNION ALL ");
}

function observationsByPeriodSql({ userId, from, to, bucket }: RangeArgs, filter: ObservationFilter) {
  const filtered = observationWhere(filter);
  const rows =
    bucket === "month"
      ? monthsAndDays(
          { userId, from, to },
          (where) => Prisma.sql`SELECT "month" AS period, "kind", "count" FROM ${Prisma.raw(filter.foot || filter.region ? `"MonthlyObservationSummary"` : `"MonthlyKindSummary"`)} WHERE ${where} ${filtered}`,
          (where) => Prisma.sql`SELECT ${bucketOf("month", Prisma.sql`"localDate"`)} AS period, "kind", "count" FROM "DailyObservationSummary" WHERE ${where} ${filtered}`,
        )
      : Prisma.sql`SELECT ${bucketOf(bucket, Prisma.sql`"localDate"`)} AS period, "kind", "count"
          FROM "DailyObservationSummary" WHERE "userId" = ${userId} AND "localDate" BETWEEN ${from}::date AND ${to}::date ${filtered}`;
  return typed<{ period: string; kind: ObservationKind; count: number }>(Prisma.sql`
    SELECT to_char(period, 'YYYY-MM-DD') AS "period", "kind" AS "kind", "count"
    FROM (SELECT period, "kind", sum("count")::int AS "count" FROM (${rows}) r GROUP BY 1, 2) periods
    ORDER BY 1, 2`);
}

function footHeatSql(span: Omit<RangeArgs, "bucket">, kind: ObservationKind | null) {
  // A day counts once per place: the whole months carry their days; an edge day is one row per place.
  const dayRows = (where: Prisma.Sql) => Prisma.sql`
    SELECT "foot", "region", 1 AS days, sum("count") AS n, sum("painSum") AS pain_sum, sum("painCount") AS pain_count
    FROM "DailyObservationSummary" WHERE ${where} ${observationWhere({ kind, foot: null, region: null })}
    GROUP BY "localDate", "foot", "region"`;
  const monthRows = (where: Prisma.Sql) =>
    kind
      ? Prisma.sql`SELECT "foot", "region", "days", "count" AS n, "painSum" AS pain_sum, "painCount" AS pain_count
          FROM "MonthlyObservationSummary" WHERE ${where} AND "kind" = ${kind}::"ObservationKind"`
      : Prisma.sql`SELECT "foot", "region", "days", "count" AS n, "painSum" AS pain_sum, "painCount" AS pain_count FROM "MonthlyPlaceSummary" WHERE ${where}`;
  return typed<{ foot: Foot; region: FootRegion; count: number; days: number; meanPain: number | null; painCount: number }>(Prisma.sql`
    SELECT "foot" AS "foot", "region" AS "region", sum(n)::int AS "count", sum(days)::int AS "days",
           (sum(pain_sum)::numeric / nullif(sum(pain_count), 0))::float8 AS "meanPain", sum(pain_count)::int AS "painCount"
    FROM (${monthsAndDays(span, monthRows, dayRows)}) places
    GROUP BY 1, 2`);
}

function careVsPainSql({ userId, from, to }: Omit<RangeArgs, "bucket">) {
  return typed<{ care: boolean; days: number; meanNextDayPain: number }>(Prisma.sql`
    WITH days AS (
      SELECT "localDate" AS day, "careChecks" > 0 AS care, "painSum"::numeric / "checks" AS pain
      FROM "DailySummary"
      WHERE "userId" = ${userId} AND "localDate" BETWEEN ${from}::date AND ${to}::date + 1
    )
    SELECT d.care AS "care", count(*)::int AS "days", avg(n.pain)::float8 AS "meanNextDayPain"
    FROM days d JOIN days n ON n.day = d.day + 1
    WHERE d.day <= ${to}::date
    GROUP BY d.care`);
}

function temperatureSql({ userId, from, to, bucket }: RangeArgs) {
  const sums = `"leftTenths", "leftCount", "rightTenths", "rightCount", "differenceTenths", "differenceCount"`;
  const rows =
    bucket === "month"
      ? monthsAndDays(
          { userId, from, to },
          (where) => Prisma.sql`SELECT "month" AS period, "site", ${Prisma.raw(sums)} FROM "MonthlyTemperatureSummary" WHERE ${where}`,
          (where) => Prisma.sql`SELECT ${bucketOf("month", Prisma.sql`"localDate"`)} AS period, "site", ${Prisma.raw(sums)} FROM "DailyTemperatureSummary" WHERE ${where}`,
        )
      : Prisma.sql`SELECT ${bucketOf(bucket, Prisma.sql`"localDate"`)} AS period, "site", ${Prisma.raw(sums)}
          FROM "DailyTemperatureSummary" WHERE "userId" = ${userId} AND "localDate" BETWEEN ${from}::date AND ${to}::date`;
  return typed<{ period: string; site: TemperatureSite; left: number | null; right: number | null; difference: number | null }>(Prisma.sql`
    SELECT to_char(period, 'YYYY-MM-DD') AS "period", "site"::text AS "site",
           (left_tenths::numeric / 10 / nullif(left_count, 0))::float8 AS "left", (right_tenths::numeric / 10 / nullif(right_count, 0))::float8 AS "right",
           (difference_tenths::numeric / 10 / nullif(difference_count, 0))::float8 AS "difference"
    FROM (
      SELECT period, "site", sum("leftTenths") AS left_tenths, sum("leftCount") AS left_count, sum("rightTenths") AS right_tenths,
             sum("rightCount") AS right_count, sum("differenceTenths") AS difference_tenths, sum("differenceCount") AS difference_count
      FROM (${rows}) r
      GROUP BY 1, 2
    ) periods
    ORDER BY 1, 2`);
}

export const summaryStatements: DashboardStatements = { painSeriesSql, painSummarySql, observationsByPeriodSql, footHeatSql, careVsPainSql, temperatureSql };
