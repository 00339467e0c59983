import { translatorFor } from "../i18n/translator";
import { THRESHOLD_TENTHS } from "../advice/temperature";
import type { Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";
import { formatDecimal, formatLocalDay } from "../i18n/format";
import type { CareComparison, Dashboard, TemperatureSeries } from "./dashboard";
import { addLocalDays, daysInMonthOf } from "../time/calendar";
import type { Bucket, DateRange } from "./range";

// The one-sentence summaries above each chart, and the words and links around them. Pure, so the
// page, its tests and a future report share them.

/** The IWGDF difference between the same spot on both feet, in °C. */
export const TEMPERATURE_THRESHOLD_C = THRESHOLD_TENTHS / 10;

// Every sentence is written in `locale`'s language with its numbers (decimal comma in Spanish);
// the locale is the reader's (a carer reads a journal in their own language).
const words = (locale: string) => translatorFor(locale, "trends");
const number = (value: number, locale: string) => formatDecimal(value, locale);

export function rangeWords(range: Pick<DateRange, "preset" | "days">, locale: string): string {
  return words(locale)(`range.${range.preset}`, { days: range.days });
}

export function painSummary(dashboard: Pick<Dashboard, "pain" | "range">, locale: string): string {
  const t = words(locale);
  const { summary } = dashboard.pain;
  const range = rangeWords(dashboard.range, locale);
  if (summary.mean === null) return t("painNoChecks", { range });
  const head = t("painHead", { mean: number(summary.mean, locale), range, checks: summary.checks, days: summary.days });
  if (summary.previousMean === null || dashboard.range.preset === "all") return t("painOnly", { head });
  const change = summary.mean - summary.previousMean;
  const values = { head, previous: number(summary.previousMean, locale), days: dashboard.range.days };
  if (Math.abs(change) < 0.05) return t("painSame", values);
  return t(change < 0 ? "painDown" : "painUp", values);
}

/** `filterWords`: what the chart is narrowed to ("of redness on the left foot"), or "". */
export function observationsSummary(dashboard: Pick<Dashboard, "observations" | "range">, filterWords: string, locale: string): string {
  const t = words(locale);
  const vocabulary = translatorFor(locale, "vocabulary");
  const { total, totals } = dashboard.observations;
  const range = rangeWords(dashboard.range, locale);
  const filter = filterWords ? ` ${filterWords}` : "";
  if (total === 0) return t("observationsNone", { filter, range });
  const top = totals[0]!;
  return t("observationsSome", { total, filter, range, kind: vocabulary(`kinds.${top.kind}`).toLocaleLowerCase(locale), count: top.count });
}

/** "left heel": a place on one foot, as tables and summaries name it. */
export function placeName(foot: Foot, region: FootRegion, locale: string): string {
  return words(locale)(`place.${region}`, { foot });
}

export function heatSummary(dashboard: Pick<Dashboard, "heat" | "range">, mode: "count" | "pain", locale: string): string {
  const t = words(locale);
  const cells = dashboard.heat;
  const range = rangeWords(dashboard.range, locale);
  if (cells.length === 0) return t("heatNone", { range });
  if (mode === "pain") {
    const scored = cells.filter((cell) => cell.meanPain !== null);
    if (scored.length === 0) return t("heatNoScores", { range });
    const worst = [...scored].sort((a, b) => b.meanPain! - a.meanPain! || b.count - a.count)[0]!;
    return t("heatWorst", { place: placeName(worst.foot, worst.region, locale), mean: number(worst.meanPain!, locale), scores: worst.painCount });
  }
  const busiest = [...cells].sort((a, b) => b.count - a.count || b.days - a.days)[0]!;
  return t("heatBusiest", { place: placeName(busiest.foot, busiest.region, locale), times: busiest.count, days: busiest.days, places: cells.length });
}

export function careSummary(care: CareComparison, locale: string): string {
  const t = words(locale);
  if (!care.enough) return t("careNotEnough", { withCare: care.withCare.days, withoutCare: care.withoutCare.days });
  return t("careCompared", {
    withCare: number(care.withCare.meanNextDayPain!, locale),
    withCareDays: care.withCare.days,
    withoutCare: number(care.withoutCare.meanNextDayPain!, locale),
    withoutCareDays: care.withoutCare.days,
  });
}

export function temperatureSummary(dashboard: Pick<Dashboard, "temperature" | "range">, locale: string): string {
  const t = words(locale);
  const vocabulary = translatorFor(locale, "vocabulary");
  const series = dashboard.temperature;
  const range = rangeWords(dashboard.range, locale);
  if (series.length === 0) return t("temperatureNone", { range });
  const over = series.filter((spot) => spot.points.some((point) => isOver(point.difference)));
  const values = { spots: series.length, range, threshold: number(TEMPERATURE_THRESHOLD_C, locale) };
  if (over.length === 0) return t("temperatureNoneOver", values);
  return t("temperatureOver", { ...values, sites: over.map((spot) => vocabulary(`sitesShort.${spot.site}`).toLocaleLowerCase(locale)).join(", ") });
}

/** One spot's chart caption: how often both feet were measured there, and how often they differed. */
export function temperatureSpotSummary(series: TemperatureSeries, bucket: Bucket, locale: string): string {
  const t = words(locale);
  const both = series.points.filter((point) => point.difference !== null);
  const name = translatorFor(locale, "vocabulary")(`sitesShort.${series.site}`);
  if (both.length === 0) return t("spotNeverBoth", { name, count: series.points.length, unit: bucket });
  const over = both.filter((point) => isOver(point.difference)).length;
  return t("spotBoth", { name, count: both.length, unit: bucket, over, threshold: number(TEMPERATURE_THRESHOLD_C, locale) });
}

function isOver(difference: number | null): boolean {
  return difference !== null && Math.round(Math.abs(difference) * 10) > THRESHOLD_TENTHS;
}

/** A point's dates: the day itself, or the week or month that starts on it (never past the range). */
export function periodSpan(period: string, bucket: Bucket, range: Pick<DateRange, "from" | "to">): { from: string; to: string } {
  const end = bucket === "day" ? period : bucket === "week" ? addLocalDays(period, 6) : `${period.slice(0, 8)}${String(daysInMonthOf(period)).padStart(2, "0")}`;
  return { from: period < range.from ? range.from : period, to: end > range.to ? range.to : end };
}

/** The journal, filtered to the checks behind a figure. */
export function journalHref(filters: { from: string; to: string; foot?: Foot | null; region?: FootRegion | null; kind?: ObservationKind | null }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return `/journal?${query}`;
}

/** How a point is named on an axis and in a table, in the user's locale. */
export function periodLabel(period: string, bucket: Bucket, locale: string, style: "short" | "long"): string {
  if (bucket === "month") return formatLocalDay(period, locale, style === "short" ? "month-short-year" : "month-year");
  const day = formatLocalDay(period, locale, style === "short" ? "day-month-short" : "day-month-year");
  return bucket === "week" && style === "long" ? words(locale)("weekOf", { day }) : day;
}

/**
 * How many days had a check: of the last 30, or of the days since the person joined when fewer,
 * so a newcomer is not told "0 of the last 30 days".
 */
export function checkedDaysSentence(status: { daysChecked: number; windowDays: number; checksToday: number }, locale: string): string {
  const t = translatorFor(locale, "today");
  if (status.windowDays === 1) return status.checksToday > 0 ? t("firstDayChecked") : t("firstDay");
  return status.windowDays < 30 ? t("checkedSinceJoined", { checked: status.daysChecked, days: status.windowDays }) : t("checkedLast30", { checked: status.daysChecked });
}
