import { addDays, differenceInCalendarDays, subDays, subYears } from "date-fns";
import { z } from "zod";
import { LOCAL_DATE_PATTERN } from "../time/local-day";
import { FEET, OBSERVATION_KINDS, REGIONS } from "../foot-health/vocabulary";

// The dashboard's choices, read from the address (GET parameters), so every view can be linked,
// bookmarked and reached without JavaScript. Unknown values fall back to the defaults.

export const RANGE_PRESETS = ["30d", "90d", "1y", "all"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number] | "custom";
export const RANGE_LABELS: Record<RangePreset, string> = { "30d": "30 days", "90d": "90 days", "1y": "1 year", all: "All time", custom: "Custom" };

const blankAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const localDate = z.preprocess(blankAsNull, z.string().regex(LOCAL_DATE_PATTERN).nullable()).catch(null);

export const trendsParamsSchema = z.object({
  range: z.enum([...RANGE_PRESETS, "custom"]).catch("30d"),
  from: localDate,
  to: localDate,
  /** The observations chart: one kind, or one foot and/or region. */
  kind: z.preprocess(blankAsNull, z.enum(OBSERVATION_KINDS).nullable()).catch(null),
  foot: z.preprocess(blankAsNull, z.enum(FEET).nullable()).catch(null),
  region: z.preprocess(blankAsNull, z.enum(REGIONS).nullable()).catch(null),
  /** What colours the heat map. */
  heat: z.enum(["count", "pain"]).catch("count"),
});
export type TrendsParams = z.output<typeof trendsParamsSchema>;

/** Points of the time charts: one per day, or per week once a range is too long to draw daily. */
export type Bucket = "day" | "week" | "month";

export type DateRange = {
  preset: RangePreset;
  from: string;
  to: string;
  days: number;
  /** The same number of days just before, for "up from / down from". */
  previous: { from: string; to: string };
  /** Time series points (pain, temperature). */
  seriesBucket: Bucket;
  /** Stacked observation bars. */
  barBucket: Bucket;
};

const MAX_CUSTOM_DAYS = 366 * 50;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const parse = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * The local dates a choice covers, ending today in the user's zone. "All time" starts at the
 * user's first check (or today when there is none); a custom range is put in order and clipped to
 * today.
 */
export function resolveRange(params: Pick<TrendsParams, "range" | "from" | "to">, today: string, firstDay: string | null): DateRange {
  const end = parse(today);
  let from: Date;
  let to = end;
  let preset: RangePreset = params.range;
  if (preset === "custom" && params.from && params.to) {
    const [a, b] = [parse(params.from), parse(params.to)].sort((x, y) => x.getTime() - y.getTime()) as [Date, Date];
    to = b > end ? end : b;
    from = a > to ? to : a;
    if (differenceInCalendarDays(to, from) > MAX_CUSTOM_DAYS) from = subDays(to, MAX_CUSTOM_DAYS);
  } else {
    if (preset === "custom") preset = "30d";
    from =
      preset === "30d" ? subDays(end, 29) : preset === "90d" ? subDays(end, 89) : preset === "1y" ? addDays(subYears(end, 1), 1) : firstDay ? parse(firstDay) : end;
    if (from > end) from = end;
  }
  const days = differenceInCalendarDays(to, from) + 1;
  return {
    preset,
    from: iso(from),
    to: iso(to),
    days,
    previous: { from: iso(subDays(from, days)), to: iso(subDays(from, 1)) },
    seriesBucket: days <= 400 ? "day" : "week",
    barBucket: days <= 400 ? "week" : "month",
  };
}
