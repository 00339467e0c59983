import { formatDecimal, formatLocalDay } from "../i18n/format";
import { translatorFor } from "../i18n/translator";
import type { RecentPain } from "./dashboard";

// Today's small pain chart: the last 14 days as bars of each day's highest pain, drawn on the server
// as SVG. The geometry and the sentence that says the same in words are worked out here, so the
// component only draws.

export const RECENT_PAIN_CHART = { width: 308, height: 120, plotTop: 8, plotBottom: 96, barWidth: 16, step: 22 } as const;

export type PainBar = { localDate: string; day: string; x: number; y: number; height: number; max: number | null; label: string };

export function recentPainBars(recent: RecentPain, locale: string): PainBar[] {
  const t = translatorFor(locale, "today");
  const { plotTop, plotBottom, barWidth, step } = RECENT_PAIN_CHART;
  const scale = (plotBottom - plotTop) / 10;
  return recent.days.map((day, index) => {
    // A day without a check is a gap, not a zero; a day with pain 0 still shows a sliver.
    const height = day.max === null ? 0 : Math.max(2, day.max * scale);
    const name = formatLocalDay(day.localDate, locale, "day-month-short");
    return {
      localDate: day.localDate,
      day: name,
      x: index * step + (step - barWidth) / 2,
      y: plotBottom - height,
      height,
      max: day.max,
      label: day.max === null ? t("painBarNoCheck", { day: name }) : t("painBar", { day: name, pain: day.max }),
    };
  });
}

/** The chart in one or two sentences: days checked, the mean and the highest pain, and when. */
export function recentPainSummary(recent: RecentPain, locale: string): string {
  const t = translatorFor(locale, "today");
  const checked = recent.days.filter((day) => day.mean !== null);
  if (checked.length === 0) return t("painNoChecks", { days: recent.days.length });
  const mean = checked.reduce((sum, day) => sum + day.mean!, 0) / checked.length;
  const highest = checked.reduce((top, day) => (day.max! > top.max! ? day : top));
  return t("painSummary", {
    checked: checked.length,
    days: recent.days.length,
    average: formatDecimal(mean, locale),
    highest: highest.max!,
    day: formatLocalDay(highest.localDate, locale, "day-month"),
  });
}
