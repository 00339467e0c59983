import type { RecentPain } from "./dashboard";

// Today's small pain chart: the last 14 days as bars of each day's highest pain, drawn on the server
// as SVG. The geometry and the sentence that says the same in words are worked out here, so the
// component only draws.

export const RECENT_PAIN_CHART = { width: 308, height: 120, plotTop: 8, plotBottom: 96, barWidth: 16, step: 22 } as const;

export type PainBar = { localDate: string; day: string; x: number; y: number; height: number; max: number | null; label: string };

export function recentPainBars(recent: RecentPain, locale: string): PainBar[] {
  const { plotTop, plotBottom, barWidth, step } = RECENT_PAIN_CHART;
  const scale = (plotBottom - plotTop) / 10;
  return recent.days.map((day, index) => {
    // A day without a check is a gap, not a zero; a day with pain 0 still shows a sliver.
    const height = day.max === null ? 0 : Math.max(2, day.max * scale);
    const name = shortDay(day.localDate, locale);
    return {
      localDate: day.localDate,
      day: name,
      x: index * step + (step - barWidth) / 2,
      y: plotBottom - height,
      height,
      max: day.max,
      label: `${name}: ${day.max === null ? "no check" : `pain ${day.max} of 10`}`,
    };
  });
}

/** The chart in one or two sentences: days checked, the mean and the highest pain, and when. */
export function recentPainSummary(recent: RecentPain, locale: string): string {
  const checked = recent.days.filter((day) => day.mean !== null);
  if (checked.length === 0) return `No checks in the last ${recent.days.length} days yet: each check you record adds a bar here.`;
  const mean = checked.reduce((sum, day) => sum + day.mean!, 0) / checked.length;
  const highest = checked.reduce((top, day) => (day.max! > top.max! ? day : top));
  const days = `${checked.length} of the last ${recent.days.length} days`;
  const average = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(mean);
  return `You recorded pain on ${days}: it averaged ${average} out of 10, and was highest (${highest.max}) on ${longDay(highest.localDate, locale)}.`;
}

function shortDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short" }).format(new Date(`${date}T00:00:00Z`));
}

function longDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(new Date(`${date}T00:00:00Z`));
}
