import { translatorFor } from "../i18n/translator";
import { THRESHOLD_TENTHS } from "../advice/temperature";
import type { Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";
import { FOOT_LABELS, OBSERVATION_KIND_LABELS, REGION_LABELS, TEMPERATURE_SITE_SHORT_LABELS } from "../foot-health/vocabulary";
import type { CareComparison, Dashboard, TemperatureSeries } from "./dashboard";
import { addLocalDays, daysInMonthOf } from "../time/calendar";
import { RANGE_LABELS, type Bucket, type DateRange } from "./range";

// The one-sentence summaries above each chart, and the words and links around them. Pure, so the
// page, its tests and a future report share them.

/** The IWGDF difference between the same spot on both feet, in °C. */
export const TEMPERATURE_THRESHOLD_C = THRESHOLD_TENTHS / 10;

const number = (value: number, locale: string) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

export function rangeWords(range: DateRange): string {
  if (range.preset === "all") return "since your first check";
  if (range.preset === "custom") return `in these ${plural(range.days, "day")}`;
  return `over the last ${RANGE_LABELS[range.preset]}`.replace("last 1 year", "last year");
}

export function painSummary(dashboard: Pick<Dashboard, "pain" | "range">, locale: string): string {
  const { summary } = dashboard.pain;
  if (summary.mean === null) return `No checks ${rangeWords(dashboard.range)}.`;
  const head = `Pain averaged ${number(summary.mean, locale)} out of 10 ${rangeWords(dashboard.range)} (${plural(summary.checks, "check")} on ${plural(summary.days, "day")})`;
  if (summary.previousMean === null || dashboard.range.preset === "all") return `${head}.`;
  const change = summary.mean - summary.previousMean;
  const before = `the ${plural(dashboard.range.days, "day")} before`;
  if (Math.abs(change) < 0.05) return `${head}, the same as ${before}.`;
  return `${head}, ${change < 0 ? "down" : "up"} from ${number(summary.previousMean, locale)} in ${before}.`;
}

export function observationsSummary(dashboard: Pick<Dashboard, "observations" | "range">, filterWords: string): string {
  const { total, totals } = dashboard.observations;
  if (total === 0) return `Nothing ${filterWords ? `${filterWords} ` : ""}was noted ${rangeWords(dashboard.range)}.`;
  const top = totals[0]!;
  return `${plural(total, "observation")} ${filterWords ? `${filterWords} ` : ""}${rangeWords(dashboard.range)}; the most frequent was ${OBSERVATION_KIND_LABELS[top.kind].toLowerCase()} (${top.count}).`;
}

export function placeName(foot: Foot, region: FootRegion): string {
  return `${FOOT_LABELS[foot].toLowerCase().replace(" foot", "")} ${REGION_LABELS[region].toLowerCase()}`;
}

export function heatSummary(dashboard: Pick<Dashboard, "heat" | "range">, mode: "count" | "pain", locale: string): string {
  const cells = dashboard.heat;
  if (cells.length === 0) return `Nothing was noted on the feet ${rangeWords(dashboard.range)}.`;
  if (mode === "pain") {
    const scored = cells.filter((cell) => cell.meanPain !== null);
    if (scored.length === 0) return `No observation ${rangeWords(dashboard.range)} had a pain score.`;
    const worst = [...scored].sort((a, b) => b.meanPain! - a.meanPain! || b.count - a.count)[0]!;
    return `The highest mean pain was at the ${placeName(worst.foot, worst.region)}: ${number(worst.meanPain!, locale)} out of 10 (${plural(worst.painCount, "score")}).`;
  }
  const busiest = [...cells].sort((a, b) => b.count - a.count || b.days - a.days)[0]!;
  return `Things were noted most often at the ${placeName(busiest.foot, busiest.region)}: ${plural(busiest.count, "time")} on ${plural(busiest.days, "day")}, across ${plural(cells.length, "place")} in all.`;
}

export function careSummary(care: CareComparison, locale: string): string {
  if (!care.enough) {
    return `Not enough days to compare yet: it takes at least 3 days with a massage or care session and 3 without, each followed by a day with a check (so far ${care.withCare.days} and ${care.withoutCare.days}).`;
  }
  return (
    `After days with a massage or care session, pain the next day averaged ${number(care.withCare.meanNextDayPain!, locale)} (${plural(care.withCare.days, "day")}); ` +
    `after days without, ${number(care.withoutCare.meanNextDayPain!, locale)} (${plural(care.withoutCare.days, "day")}).`
  );
}

export function temperatureSummary(dashboard: Pick<Dashboard, "temperature" | "range">): string {
  const series = dashboard.temperature;
  if (series.length === 0) return `No skin temperatures were recorded ${rangeWords(dashboard.range)}.`;
  const over = series.filter((spot) => spot.points.some((point) => isOver(point.difference)));
  const spots = `${plural(series.length, "spot")} measured ${rangeWords(dashboard.range)}`;
  if (over.length === 0) return `${spots}; no spot differed between the feet by more than ${TEMPERATURE_THRESHOLD_C} °C.`;
  return `${spots}; over ${TEMPERATURE_THRESHOLD_C} °C at times: ${over.map((spot) => TEMPERATURE_SITE_SHORT_LABELS[spot.site].toLowerCase()).join(", ")}.`;
}

/** One spot's chart caption: how often both feet were measured there, and how often they differed. */
export function temperatureSpotSummary(series: TemperatureSeries, bucket: Bucket): string {
  const unit = bucket === "day" ? "day" : "week";
  const both = series.points.filter((point) => point.difference !== null);
  const name = TEMPERATURE_SITE_SHORT_LABELS[series.site];
  if (both.length === 0) return `${name}: measured on ${plural(series.points.length, unit)}, never on both feet the same ${unit}.`;
  const over = both.filter((point) => isOver(point.difference)).length;
  return `${name}: both feet measured on ${plural(both.length, unit)}; on ${over} of them the left and right differed by more than ${TEMPERATURE_THRESHOLD_C} °C.`;
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
  const date = new Date(`${period}T00:00:00Z`);
  if (bucket === "month") return new Intl.DateTimeFormat(locale, { timeZone: "UTC", month: style === "short" ? "short" : "long", year: "numeric" }).format(date);
  const day = new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", ...(style === "long" ? { year: "numeric" } : {}) }).format(date);
  return bucket === "week" && style === "long" ? `Week of ${day}` : day;
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
