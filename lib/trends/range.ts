import { addLocalDays, addLocalMonths, daysBetween } from "../time/calendar";
import { z } from "zod";
import { LOCAL_DATE_PATTERN } from "../time/local-day";
import { FEET, OBSERVATION_KINDS, REGIONS } from "../foot-health/vocabulary";

// The dashboard's choices, read from the address (GET parameters), so every view can be linked,
// bookmarked and reached without JavaScript. Unknown values fall back to the defaults.

export const RANGE_PRESETS = ["30d", "90d", "1y", "all"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number] | "custom";

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

/** Points of the time charts: one per day, per week or per month, as a range grows too long to draw finer. */
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
/** Up to about 13 months a point is a day; up to 3 years, a week; beyond, a month (docs/decisions/0103). */
const DAILY_UP_TO_DAYS = 400;
const WEEKLY_UP_TO_DAYS = 3 * 366;

/**
 * The local dates a choice covers, ending today in the user's zone. "All time" starts at the
 * user's first check (or today when there is none); a custom range is put in order and clipped to
 * today.
 */
export function resolveRange(params: Pick<TrendsParams, "range" | "from" | "to">, today: string, firstDay: string | null): DateRange {
  // Local dates ("YYYY-MM-DD") compare and sort as text.
  const end = today;
  let from: string;
  let to = end;
  let preset: RangePreset = params.range;
  if (preset === "custom" && params.from && params.to) {
    const [a, b] = [params.from, params.to].sort() as [string, string];
    to = b > end ? end : b;
    from = a > to ? to : a;
    if (daysBetween(from, to) > MAX_CUSTOM_DAYS) from = addLocalDays(to, -MAX_CUSTOM_DAYS);
  } else {
    if (preset === "custom") preset = "30d";
    from =
      preset === "30d" ? addLocalDays(end, -29) : preset === "90d" ? addLocalDays(end, -89) : preset === "1y" ? addLocalDays(addLocalMonths(end, -12), 1) : (firstDay ?? end);
    if (from > end) from = end;
  }
  const days = daysBetween(from, to) + 1;
  return {
    preset,
    from,
    to,
    days,
    previous: { from: addLocalDays(from, -days), to: addLocalDays(from, -1) },
    seriesBucket: days <= DAILY_UP_TO_DAYS ? "day" : days <= WEEKLY_UP_TO_DAYS ? "week" : "month",
    barBucket: days <= DAILY_UP_TO_DAYS ? "week" : "month",
  };
}
