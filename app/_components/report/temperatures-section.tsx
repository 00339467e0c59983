import { translatorFor } from "@/lib/i18n/translator";
import type { ReportData } from "@/lib/report/load-report";
import { formatShortDate } from "@/lib/report/wording";
import { temperatureTable } from "@/lib/journal/temperature-table";
import { formatTime } from "@/lib/time/format-in-zone";
import { formatDecimal } from "@/lib/i18n/format";
import { TEMPERATURE_THRESHOLD_C } from "@/lib/trends/summaries";
import { ReportSection } from "./report-section";
import { StackedTable } from "./stacked-table";

/** Every skin temperature reading of the period, spot by spot, left and right and the difference. */
export function TemperaturesSection({ entries, person }: { entries: ReportData["entries"]; person: ReportData["person"] }) {
  const measured = entries.filter((entry) => entry.temperatures.length > 0);
  const t = translatorFor(person.locale, "reportParts");
  const columns = { date: t("dateColumn"), spot: t("spotColumn"), left: t("leftColumn"), right: t("rightColumn"), difference: t("differenceColumn") };
  return (
    <ReportSection id="temperatures-heading" title={t("temperaturesTitle", { checks: measured.length })}>
      {measured.length ? (
        <>
          <p className="text-sm">{t("temperaturesNote", { threshold: formatDecimal(TEMPERATURE_THRESHOLD_C, person.locale) })}</p>
          <StackedTable label={t("temperaturesLabel")} columns={Object.values(columns)}>
            {measured.flatMap((entry) =>
              temperatureTable(entry.temperatures, person.locale).map((row, index) => (
                <tr role="row" key={`${entry.id}-${row.site}`}>
                  <td role="cell" data-label={columns.date} className="whitespace-nowrap">
                    {index === 0 ? (
                      <span>
                        {formatShortDate(entry.localDate, person.locale)} <span className="text-sm">{formatTime(entry.recordedAt, person)}</span>
                      </span>
                    ) : null}
                  </td>
                  <td role="cell" data-label={columns.spot}>{row.label}</td>
                  <td role="cell" data-label={columns.left}>{row.left}</td>
                  <td role="cell" data-label={columns.right}>{row.right}</td>
                  <td role="cell" data-label={columns.difference} className={row.over ? "font-bold" : undefined}>{row.difference}</td>
                </tr>
              )),
            )}
          </StackedTable>
        </>
      ) : (
        <p>{t("noTemperatures")}</p>
      )}
    </ReportSection>
  );
}
