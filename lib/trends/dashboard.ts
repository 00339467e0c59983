import { readRows } from "../db/client";
import { TEMPERATURE_SITES } from "../foot-health/vocabulary";
import type { ObservationKind, TemperatureSite } from "../generated/prisma/enums";
import { resolveRange, type TrendsParams } from "./range";
import { addLocalDays } from "../time/calendar";
import { localDateOf } from "../time/local-day";
import { dashboardSql, firstDaySql, painSeriesSql, todayStatusSql, type TypedSql } from "./sql";
import { summaryStatements } from "./summary-sql";

// What the Trends and Today pages read. Each figure is computed by PostgreSQL (lib/trends/sql.ts);
// JavaScript only reshapes the few aggregated rows for the charts.

/** Care vs pain is shown only with at least this many day pairs on each side. */
export const MIN_CARE_DAYS = 3;
/** Kinds beyond the most frequent few are stacked together, so a bar stays readable. */
export const MAX_STACKED_KINDS = 5;

function run<Row extends object>(query: TypedSql<Row>): Promise<Row[]> {
  return readRows<Row>(query.sql);
}

/** Today's figures; `windowDays` is 30, or the days since the person joined when fewer. */
export type TodayStatus = { today: string; checksToday: number; streak: number; daysChecked: number; windowDays: number };

export async function todayStatus(user: { id: string; timeZone: string; createdAt: Date }, now = new Date()): Promise<TodayStatus> {
  const [row] = await run(todayStatusSql(user.id, user.timeZone, now, localDateOf(user.createdAt, user.timeZone)));
  if (!row) throw new Error("todayStatus returned no row");
  return row;
}

export const RECENT_PAIN_DAYS = 14;

/** Overall pain on each of the last 14 local days (today included): highest and mean, null where no check. */
export async function recentPain(user: { id: string; timeZone: string }, now = new Date()) {
  const to = localDateOf(now, user.timeZone);
  const from = addLocalDays(to, -(RECENT_PAIN_DAYS - 1));
  const rows = await run(painSeriesSql({ userId: user.id, from, to, bucket: "day" }));
  return { from, to, days: rows.map(({ period, max, mean, checks }) => ({ localDate: period, max, mean, checks })) };
}
export type RecentPain = Awaited<ReturnType<typeof recentPain>>;

export type Dashboard = Awaited<ReturnType<typeof loadDashboard>>;

/** Every figure of the Trends page for one user and one choice of range and filters. */
export async function loadDashboard(user: { id: string; timeZone: string }, params: TrendsParams, now = new Date()) {
  // One round trip for every range but all time, which must first know where it starts.
  const today = localDateOf(now, user.timeZone);
  const firstDay = params.range === "all" ? ((await run(firstDaySql(user.id)))[0]?.firstDay ?? null) : null;
  const range = resolveRange(params, today, firstDay);

  // Every range reads the daily summary: measured, it is as fast as the entries at 30 days and
  // several times faster from 90 days on (docs/decisions/0085).
  const [row] = await run(dashboardSql({ userId: user.id, ...range }, { kind: params.kind, foot: params.foot, region: params.region }, summaryStatements));
  if (!row) throw new Error("dashboard returned no row");
  const { pain, summary, observations, heat, care, temperature } = row;

  return {
    today,
    hasEntries: row.firstDay !== null,
    range,
    pain: { points: pain, summary },
    observations: stackByKind(observations),
    heat,
    care: careComparison(care),
    temperature: temperatureBySite(temperature),
  };
}

export type TemperaturePoint = { period: string; left: number | null; right: number | null; difference: number | null };
export type TemperatureSeries = { site: TemperatureSite; points: TemperaturePoint[] };

/** One series per spot measured, from the toes to the heel, then readings whose spot was not recorded. */
export function temperatureBySite(rows: readonly (TemperaturePoint & { site: TemperatureSite })[]): TemperatureSeries[] {
  const order: readonly TemperatureSite[] = [...TEMPERATURE_SITES, "UNRECORDED"];
  return order.flatMap((site) => {
    const points = rows.filter((row) => row.site === site).map(({ period, left, right, difference }) => ({ period, left, right, difference }));
    return points.length > 0 ? [{ site, points }] : [];
  });
}

export type CareComparison = {
  withCare: { days: number; meanNextDayPain: number | null };
  withoutCare: { days: number; meanNextDayPain: number | null };
  /** Enough days on both sides to show the figures at all. */
  enough: boolean;
};

export function careComparison(rows: { care: boolean; days: number; meanNextDayPain: number }[]): CareComparison {
  const side = (care: boolean) => {
    const row = rows.find((r) => r.care === care);
    return { days: row?.days ?? 0, meanNextDayPain: row?.meanNextDayPain ?? null };
  };
  const withCare = side(true);
  const withoutCare = side(false);
  return { withCare, withoutCare, enough: withCare.days >= MIN_CARE_DAYS && withoutCare.days >= MIN_CARE_DAYS };
}

export type StackedObservations = {
  /** The kinds drawn as their own layer, most frequent first; the rest are "OTHER_KINDS". */
  kinds: (ObservationKind | "OTHER_KINDS")[];
  periods: { period: string; total: number; counts: Partial<Record<ObservationKind | "OTHER_KINDS", number>> }[];
  totals: { kind: ObservationKind; count: number }[];
  total: number;
};

/** Rows of (period, kind, count) as stacked bars: the most frequent kinds, the rest together. */
export function stackByKind(rows: { period: string; kind: ObservationKind; count: number }[]): StackedObservations {
  const byKind = new Map<ObservationKind, number>();
  for (const row of rows) byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.count);
  const totals = [...byKind].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
  const shown = totals.length > MAX_STACKED_KINDS ? totals.slice(0, MAX_STACKED_KINDS - 1).map((t) => t.kind) : totals.map((t) => t.kind);
  const kinds: StackedObservations["kinds"] = totals.length > shown.length ? [...shown, "OTHER_KINDS"] : shown;
  const periods = new Map<string, StackedObservations["periods"][number]>();
  for (const row of rows) {
    const point = periods.get(row.period) ?? { period: row.period, total: 0, counts: {} };
    const layer = shown.includes(row.kind) ? row.kind : "OTHER_KINDS";
    point.counts[layer] = (point.counts[layer] ?? 0) + row.count;
    point.total += row.count;
    periods.set(row.period, point);
  }
  return { kinds, periods: [...periods.values()], totals, total: totals.reduce((sum, t) => sum + t.count, 0) };
}
