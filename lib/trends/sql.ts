import { Prisma } from "../generated/prisma/client";
import type { Foot, FootRegion, ObservationKind, TemperatureSite } from "../generated/prisma/enums";
import type { Bucket } from "./range";

// The dashboard's aggregates, each one SQL statement over the user's rows only. Every statement
// filters "userId" first and ranges over "localDate" — the day an entry belongs to, fixed when it
// was written (docs/decisions/0013) — so it runs from the (userId, localDate) index. The user's
// current day comes from `AT TIME ZONE` in the database. Each builder returns the statement and
// the type of its rows; lib/trends/dashboard.ts runs them through Prisma, bench/dashboard.ts also
// runs the very same text on plain pg to measure what Prisma adds.

export type TypedSql<Row> = { sql: Prisma.Sql; row?: Row };
export const typed = <Row>(sql: Prisma.Sql): TypedSql<Row> => ({ sql });

/** Bucket units come from a closed list, never from the request, so they may be spliced in. */
const BUCKET_UNIT: Record<Bucket, string> = { day: "day", week: "week", month: "month" };
export const bucketOf = (bucket: Bucket, column: Prisma.Sql) =>
  // Through timestamp, not timestamptz: a date has no zone, and a zone conversion per row is the slow part.
  bucket === "day" ? column : Prisma.sql`date_trunc(${Prisma.raw(`'${BUCKET_UNIT[bucket]}'`)}, ${column}::timestamp)::date`;
/** How far back the moving average reaches: 7 days for daily points, 4 weeks for weekly ones, 3 months for monthly ones. */
export const TREND_WINDOW: Record<Bucket, string> = { day: "6 days", week: "21 days", month: "2 months" };
export const STEP: Record<Bucket, string> = { day: "1 day", week: "1 week", month: "1 month" };

export type RangeArgs = { userId: string; from: string; to: string; bucket: Bucket };
export type ObservationFilter = { kind: ObservationKind | null; foot: Foot | null; region: FootRegion | null };

/** The day of the user's first check, where "all time" starts. */
export function firstDaySql(userId: string) {
  return typed<{ firstDay: string | null }>(Prisma.sql`
    SELECT to_char(min("localDate"), 'YYYY-MM-DD') AS "firstDay" FROM "Entry" WHERE "userId" = ${userId}`);
}

/**
 * Overall pain per point of the range: highest, mean, number of checks, and the moving average of
 * the daily means. Every point of the range is listed; points without a check carry nulls, so a
 * chart draws a gap, not a zero. The moving average also looks at the days just before the range.
 */
export function painSeriesSql({ userId, from, to, bucket }: RangeArgs) {
  const window = Prisma.raw(`'${TREND_WINDOW[bucket]}'::interval`);
  const step = Prisma.raw(`'${STEP[bucket]}'::interval`);
  return typed<{ period: string; max: number | null; mean: number | null; checks: number; trend: number | null }>(Prisma.sql`
    WITH points AS (
      SELECT ${bucketOf(bucket, Prisma.sql`"localDate"`)} AS period, max("pain") AS max, avg("pain") AS mean, count(*) AS checks
      FROM "Entry"
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

/** Mean pain over the checks in the range and in the same number of days before it. */
export function painSummarySql(userId: string, range: { from: string; to: string; previous: { from: string } }) {
  return typed<{ mean: number | null; checks: number; days: number; previousMean: number | null; previousChecks: number }>(Prisma.sql`
    SELECT avg("pain") FILTER (WHERE "localDate" >= ${range.from}::date)::float8 AS "mean",
           count(*) FILTER (WHERE "localDate" >= ${range.from}::date)::int AS "checks",
           count(DISTINCT "localDate") FILTER (WHERE "localDate" >= ${range.from}::date)::int AS "days",
           avg("pain") FILTER (WHERE "localDate" < ${range.from}::date)::float8 AS "previousMean",
           count(*) FILTER (WHERE "localDate" < ${range.from}::date)::int AS "previousChecks"
    FROM "Entry"
    WHERE "userId" = ${userId} AND "localDate" BETWEEN ${range.previous.from}::date AND ${range.to}::date`);
}

function observationWhere(filter: ObservationFilter) {
  return Prisma.sql`${filter.kind ? Prisma.sql`AND o."kind" = ${filter.kind}::"ObservationKind"` : Prisma.empty}
    ${filter.foot ? Prisma.sql`AND o."foot" = ${filter.foot}::"Foot"` : Prisma.empty}
    ${filter.region ? Prisma.sql`AND o."region" = ${filter.region}::"FootRegion"` : Prisma.empty}`;
}

/** Observations per week (or month) and kind. Both tables are filtered by the user. */
export function observationsByPeriodSql({ userId, from, to, bucket }: RangeArgs, filter: ObservationFilter) {
  return typed<{ period: string; kind: ObservationKind; count: number }>(Prisma.sql`
    SELECT to_char(${bucketOf(bucket, Prisma.sql`e."localDate"`)}, 'YYYY-MM-DD') AS "period", o."kind" AS "kind", count(*)::int AS "count"
    FROM "Entry" e JOIN "Observation" o ON o."entryId" = e."id" AND o."userId" = ${userId}
    WHERE e."userId" = ${userId} AND e."localDate" BETWEEN ${from}::date AND ${to}::date ${observationWhere(filter)}
    GROUP BY 1, 2
    ORDER BY 1, 2`);
}

/** Per place on the feet: observations, days they were seen on, and their mean pain where given. */
export function footHeatSql({ userId, from, to }: Omit<RangeArgs, "bucket">, kind: ObservationKind | null) {
  return typed<{ foot: Foot; region: FootRegion; count: number; days: number; meanPain: number | null; painCount: number }>(Prisma.sql`
    SELECT o."foot" AS "foot", o."region" AS "region", count(*)::int AS "count", count(DISTINCT e."localDate")::int AS "days",
           avg(o."pain")::float8 AS "meanPain", count(o."pain")::int AS "painCount"
    FROM "Entry" e JOIN "Observation" o ON o."entryId" = e."id" AND o."userId" = ${userId}
    WHERE e."userId" = ${userId} AND e."localDate" BETWEEN ${from}::date AND ${to}::date ${observationWhere({ kind, foot: null, region: null })}
    GROUP BY 1, 2`);
}

/**
 * Mean pain on the day after a day with a massage or care session, and after a day without, with
 * the number of such day pairs. A pair needs checks on both days.
 */
export function careVsPainSql({ userId, from, to }: Omit<RangeArgs, "bucket">) {
  return typed<{ care: boolean; days: number; meanNextDayPain: number }>(Prisma.sql`
    WITH days AS (
      SELECT "localDate" AS day, bool_or("careKind" <> 'NONE') AS care, avg("pain") AS pain
      FROM "Entry"
      WHERE "userId" = ${userId} AND "localDate" BETWEEN ${from}::date AND ${to}::date + 1
      GROUP BY 1
    )
    SELECT d.care AS "care", count(*)::int AS "days", avg(n.pain)::float8 AS "meanNextDayPain"
    FROM days d JOIN days n ON n.day = d.day + 1
    WHERE d.day <= ${to}::date
    GROUP BY d.care`);
}

/**
 * Skin temperatures per spot and point where any was recorded: the mean left and right readings,
 * and the mean left-minus-right difference of the checks that measured that spot on both feet.
 */
export function temperatureSql({ userId, from, to, bucket }: RangeArgs) {
  return typed<{ period: string; site: TemperatureSite; left: number | null; right: number | null; difference: number | null }>(Prisma.sql`
    WITH readings AS (
      SELECT e."localDate" AS day, t."entryId", t."site",
             max(t."celsius") FILTER (WHERE t."foot" = 'LEFT') AS "left",
             max(t."celsius") FILTER (WHERE t."foot" = 'RIGHT') AS "right"
      FROM "Entry" e JOIN "TemperatureReading" t ON t."entryId" = e."id" AND t."userId" = ${userId}
      WHERE e."userId" = ${userId} AND e."localDate" BETWEEN ${from}::date AND ${to}::date
      GROUP BY 1, 2, 3
    )
    SELECT to_char(${bucketOf(bucket, Prisma.sql`day`)}, 'YYYY-MM-DD') AS "period", "site"::text AS "site",
           avg("left")::float8 AS "left", avg("right")::float8 AS "right", avg("left" - "right")::float8 AS "difference"
    FROM readings
    GROUP BY 1, 2
    ORDER BY 1, 2`);
}

/**
 * Today's check in the user's zone, the run of consecutive days with a check that ends today (or
 * yesterday, while today's may still come), and how many days had one among the last 30 — or
 * among the days since the person joined, when that is fewer.
 */
export function todayStatusSql(userId: string, timeZone: string, now: Date, joinedOn: string) {
  return typed<{ today: string; checksToday: number; streak: number; daysChecked: number; windowDays: number }>(Prisma.sql`
    WITH local AS (
      SELECT (${now}::timestamptz AT TIME ZONE ${timeZone})::date AS today,
             GREATEST(1, LEAST(30, (${now}::timestamptz AT TIME ZONE ${timeZone})::date - ${joinedOn}::date + 1)) AS window_days
    ),
    checked AS (
      SELECT DISTINCT "localDate" AS day FROM "Entry", local WHERE "userId" = ${userId} AND "localDate" <= local.today
    ),
    -- Consecutive days share day + their rank counted from the newest.
    runs AS (SELECT day, day + (row_number() OVER (ORDER BY day DESC))::int AS run FROM checked),
    latest AS (SELECT day, run FROM runs ORDER BY day DESC LIMIT 1)
    SELECT to_char(local.today, 'YYYY-MM-DD') AS "today",
           (SELECT count(*) FROM "Entry" WHERE "userId" = ${userId} AND "localDate" = local.today)::int AS "checksToday",
           CASE WHEN (SELECT day FROM latest) >= local.today - 1
                THEN (SELECT count(*) FROM runs WHERE run = (SELECT run FROM latest)) ELSE 0 END::int AS "streak",
           (SELECT count(*) FROM checked WHERE day > local.today - local.window_days)::int AS "daysChecked",
           local.window_days::int AS "windowDays"
    FROM local`);
}

export type DashboardRow = {
  firstDay: string | null;
  pain: ReturnType<typeof painSeriesSql> extends TypedSql<infer R> ? R[] : never;
  summary: ReturnType<typeof painSummarySql> extends TypedSql<infer R> ? R : never;
  observations: ReturnType<typeof observationsByPeriodSql> extends TypedSql<infer R> ? R[] : never;
  heat: ReturnType<typeof footHeatSql> extends TypedSql<infer R> ? R[] : never;
  care: ReturnType<typeof careVsPainSql> extends TypedSql<infer R> ? R[] : never;
  temperature: ReturnType<typeof temperatureSql> extends TypedSql<infer R> ? R[] : never;
};

/** The six aggregates of the dashboard, over the raw rows (here) or the daily summary (summary-sql.ts). */
export type DashboardStatements = {
  painSeriesSql: typeof painSeriesSql;
  painSummarySql: typeof painSummarySql;
  observationsByPeriodSql: typeof observationsByPeriodSql;
  footHeatSql: typeof footHeatSql;
  careVsPainSql: typeof careVsPainSql;
  temperatureSql: typeof temperatureSql;
};

export const entryStatements: DashboardStatements = { painSeriesSql, painSummarySql, observationsByPeriodSql, footHeatSql, careVsPainSql, temperatureSql };

/**
 * All of the range's aggregates in one statement, one JSON column each: one round trip instead of
 * six, which matters more than anything else for short ranges (docs/decisions/0014).
 */
export function dashboardSql(
  args: { userId: string; from: string; to: string; previous: { from: string }; seriesBucket: Bucket; barBucket: Bucket },
  filter: ObservationFilter,
  { painSeriesSql, painSummarySql, observationsByPeriodSql, footHeatSql, careVsPainSql, temperatureSql }: DashboardStatements = entryStatements,
) {
  const span = { userId: args.userId, from: args.from, to: args.to };
  const list = (query: TypedSql<unknown>, order: string | null) =>
    Prisma.sql`(SELECT coalesce(json_agg(q${order ? Prisma.raw(` ORDER BY q."${order}"`) : Prisma.empty}), '[]'::json) FROM (${query.sql}) q)`;
  return typed<DashboardRow>(Prisma.sql`
    SELECT (${firstDaySql(args.userId).sql}) AS "firstDay",
           ${list(painSeriesSql({ ...span, bucket: args.seriesBucket }), "period")} AS "pain",
           (SELECT row_to_json(q) FROM (${painSummarySql(args.userId, args).sql}) q) AS "summary",
           ${list(observationsByPeriodSql({ ...span, bucket: args.barBucket }, filter), "period")} AS "observations",
           ${list(footHeatSql(span, filter.kind), null)} AS "heat",
           ${list(careVsPainSql(span), null)} AS "care",
           ${list(temperatureSql({ ...span, bucket: args.seriesBucket }), "period")} AS "temperature"`);
}
