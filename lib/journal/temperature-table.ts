import { THRESHOLD_TENTHS } from "../advice/temperature";
import type { Foot, TemperatureSite } from "../generated/prisma/enums";
import { TEMPERATURE_SITES } from "../foot-health/vocabulary";
import { formatDecimal } from "../i18n/format";
import { translatorFor } from "../i18n/translator";

// One check's readings as table rows, spot by spot from the toes to the heel: the entry page and the
// report show them the same way.

const ORDER: readonly TemperatureSite[] = [...TEMPERATURE_SITES, "UNRECORDED"];

export type TemperatureRow = { site: TemperatureSite; label: string; left: string; right: string; difference: string; over: boolean };

export function temperatureTable(readings: readonly { foot: Foot; site: TemperatureSite; celsius: number }[], locale: string): TemperatureRow[] {
  const t = translatorFor(locale, "temperatureTable");
  const words = translatorFor(locale, "vocabulary");
  return ORDER.flatMap((site) => {
    const left = readings.find((reading) => reading.site === site && reading.foot === "LEFT")?.celsius;
    const right = readings.find((reading) => reading.site === site && reading.foot === "RIGHT")?.celsius;
    if (left === undefined && right === undefined) return [];
    const tenths = left !== undefined && right !== undefined ? Math.round(left * 10) - Math.round(right * 10) : null;
    const warmer = tenths === null || tenths === 0 ? "" : t("warmer", { foot: tenths > 0 ? "LEFT" : "RIGHT" });
    return [
      {
        site,
        label: words(`sitesShort.${site}`),
        left: left === undefined ? "—" : formatDecimal(left, locale),
        right: right === undefined ? "—" : formatDecimal(right, locale),
        difference:
          tenths === null ? "—" : `${formatDecimal(Math.abs(tenths) / 10, locale)}${warmer}${Math.abs(tenths) > THRESHOLD_TENTHS ? t("over", { threshold: formatDecimal(2.2, locale) }) : ""}`,
        over: tenths !== null && Math.abs(tenths) > THRESHOLD_TENTHS,
      },
    ];
  });
}
