import { addDays } from "date-fns";
import type { Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";
import { FOOT_LABELS, OBSERVATION_KIND_LABELS, REGION_LABELS } from "../foot-health/vocabulary";
import type { CareComparison, Dashboard } from "./dashboard";
import { RANGE_LABELS, type Bucket, type DateRange } from "./range";

// The one-sentence summaries above each chart, and the words and links around them. Pure, so the
// page, its tests and a future report share them.

/** Skin temperature difference between the feet that foot-care guidance for diabetes watches. */
export const TEMPERATURE_THRESHOLD_C = 2.2;

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
  const points = dashboard.temperature;
  if (points.length === 0) return `No skin temperatures were recorded ${rangeWords(dashboard.range)}.`;
  const both = points.filter((point) => point.difference !== null);
  const over = both.filter((point) => Math.abs(point.difference!) > TEMPERATURE_THRESHOLD_C).length;
  const unit = dashboard.range.seriesBucket === "day" ? "day" : "week";
  if (both.length === 0) return `Temperatures were recorded on ${plural(points.length, unit)}, but never for both feet on the same ${unit}.`;
  return `Both feet were measured on ${plural(both.length, unit)}; on ${over} of them the feet differed by more than ${TEMPERATURE_THRESHOLD_C} °C.`;
}

/** A point's dates: the day itself, or the week or month that starts on it (never past the range). */
export function periodSpan(period: string, bucket: Bucket, range: Pick<DateRange, "from" | "to">): { from: string; to: string } {
  const start = new Date(`${period}T00:00:00Z`);
  const end = bucket === "day" ? start : bucket === "week" ? addDays(start, 6) : new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  const iso = (date: Date) => date.toISOString().slice(0, 10);
  return { from: iso(start) < range.from ? range.from : iso(start), to: iso(end) > range.to ? range.to : iso(end) };
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
