import type { Foot, TemperatureSite } from "../generated/prisma/enums";
import { addLocalDays, daysBetween, type LocalDate } from "../time/calendar";
import type { AsOf, Check } from "./checks";

// IWGDF home foot-temperature monitoring: the same spot is measured on both feet; a difference above
// 2.2 °C at the same spot on two consecutive days is the sign to act on (reduce walking, contact a
// clinician). A single day's difference is often not there the next day, so one day alone means
// "measure again tomorrow at the same time of day". docs/decisions/0051.

/** In tenths of a degree (the thermometer's and the column's precision), so 35.0 − 32.8 is exactly 22. */
export const THRESHOLD_TENTHS = 22;

/** A difference at one spot on one day. */
export type SpotDifference = { site: TemperatureSite; localDate: LocalDate; warmer: Foot; differenceC: number };

export type TemperatureFinding =
  /** The same spot over the threshold on two consecutive days: the latest day and the day before. */
  | { kind: "confirmed"; site: TemperatureSite; latest: SpotDifference; dayBefore: SpotDifference }
  /** Over the threshold on its latest day only. */
  | { kind: "single-day"; site: TemperatureSite; latest: SpotDifference };

/**
 * Each spot's difference per local day, from the latest check of that day that measured the spot on
 * both feet: a second measurement the same day, to confirm a surprising one, replaces the first.
 */
export function dailyDifferences(checks: readonly Check[]): Map<TemperatureSite, Map<LocalDate, number>> {
  const bySite = new Map<TemperatureSite, Map<LocalDate, number>>();
  const ordered = [...checks].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  for (const check of ordered) {
    const tenths = new Map<string, number>();
    for (const reading of check.temperatures) tenths.set(`${reading.foot}:${reading.site}`, Math.round(reading.celsius * 10));
    for (const site of new Set(check.temperatures.map((reading) => reading.site))) {
      const left = tenths.get(`LEFT:${site}`);
      const right = tenths.get(`RIGHT:${site}`);
      if (left === undefined || right === undefined) continue;
      const days = bySite.get(site) ?? new Map<LocalDate, number>();
      days.set(check.localDate, left - right);
      bySite.set(site, days);
    }
  }
  return bySite;
}

/**
 * What the readings say as of `asOf`, spot by spot. Only a spot measured on asOf's day or the day
 * before counts: an old difference that was never measured again says nothing about today.
 */
export function temperatureFindings(checks: readonly Check[], asOf: AsOf): TemperatureFinding[] {
  const findings: TemperatureFinding[] = [];
  for (const [site, days] of dailyDifferences(checks)) {
    const latestDay = [...days.keys()].filter((day) => day <= asOf.localDate).sort().at(-1);
    if (latestDay === undefined || daysBetween(latestDay, asOf.localDate) > 1) continue;
    const latest = over(site, latestDay, days.get(latestDay)!);
    if (!latest) continue;
    const previousDay = addLocalDays(latestDay, -1);
    const previousTenths = days.get(previousDay);
    const dayBefore = previousTenths === undefined ? null : over(site, previousDay, previousTenths);
    findings.push(dayBefore ? { kind: "confirmed", site, latest, dayBefore } : { kind: "single-day", site, latest });
  }
  return findings;
}

function over(site: TemperatureSite, localDate: LocalDate, leftMinusRightTenths: number): SpotDifference | null {
  if (Math.abs(leftMinusRightTenths) <= THRESHOLD_TENTHS) return null;
  return { site, localDate, warmer: leftMinusRightTenths > 0 ? "LEFT" : "RIGHT", differenceC: Math.abs(leftMinusRightTenths) / 10 };
}
