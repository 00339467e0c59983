import { THRESHOLD_TENTHS } from "../advice/temperature";
import type { Foot, TemperatureSite } from "../generated/prisma/enums";
import { TEMPERATURE_SITE_SHORT_LABELS, TEMPERATURE_SITES } from "../foot-health/vocabulary";

// One check's readings as table rows, spot by spot from the toes to the heel: the entry page and the
// report show them the same way.

const ORDER: readonly TemperatureSite[] = [...TEMPERATURE_SITES, "UNRECORDED"];

export type TemperatureRow = { site: TemperatureSite; label: string; left: string; right: string; difference: string; over: boolean };

export function temperatureTable(readings: readonly { foot: Foot; site: TemperatureSite; celsius: number }[]): TemperatureRow[] {
  return ORDER.flatMap((site) => {
    const left = readings.find((reading) => reading.site === site && reading.foot === "LEFT")?.celsius;
    const right = readings.find((reading) => reading.site === site && reading.foot === "RIGHT")?.celsius;
    if (left === undefined && right === undefined) return [];
    const tenths = left !== undefined && right !== undefined ? Math.round(left * 10) - Math.round(right * 10) : null;
    const warmer = tenths === null || tenths === 0 ? "" : tenths > 0 ? " (left warmer)" : " (right warmer)";
    return [
      {
        site,
        label: TEMPERATURE_SITE_SHORT_LABELS[site],
        left: left === undefined ? "—" : left.toFixed(1),
        right: right === undefined ? "—" : right.toFixed(1),
        difference: tenths === null ? "—" : `${(Math.abs(tenths) / 10).toFixed(1)}${warmer}${Math.abs(tenths) > THRESHOLD_TENTHS ? ", over 2.2" : ""}`,
        over: tenths !== null && Math.abs(tenths) > THRESHOLD_TENTHS,
      },
    ];
  });
}
