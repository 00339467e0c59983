import type { ReportData } from "@/lib/report/load-report";
import { formatShortDate } from "@/lib/report/wording";
import { temperatureTable } from "@/lib/journal/temperature-table";
import { formatTime } from "@/lib/time/format-in-zone";
import { ReportSection } from "./report-section";
import { StackedTable } from "./stacked-table";

/** Every skin temperature reading of the period, spot by spot, left and right and the difference. */
export function TemperaturesSection({ entries, person }: { entries: ReportData["entries"]; person: ReportData["person"] }) {
  const measured = entries.filter((entry) => entry.temperatures.length > 0);
  return (
    <ReportSection id="temperatures-heading" title={`Skin temperature readings (${measured.length} ${measured.length === 1 ? "check" : "checks"})`}>
      {measured.length ? (
        <>
          <p className="text-sm">°C, from a home infrared thermometer. IWGDF home monitoring: a difference above 2.2 °C at the same spot on two consecutive days is a reason to contact the clinic.</p>
          <StackedTable label="Skin temperature readings" columns={["Date", "Spot", "Left", "Right", "Difference"]}>
            {measured.flatMap((entry) =>
              temperatureTable(entry.temperatures, person.locale).map((row, index) => (
                <tr role="row" key={`${entry.id}-${row.site}`}>
                  <td role="cell" data-label="Date" className="whitespace-nowrap">
                    {index === 0 ? (
                      <span>
                        {formatShortDate(entry.localDate, person.locale)} <span className="text-sm">{formatTime(entry.recordedAt, person)}</span>
                      </span>
                    ) : null}
                  </td>
                  <td role="cell" data-label="Spot">{row.label}</td>
                  <td role="cell" data-label="Left">{row.left}</td>
                  <td role="cell" data-label="Right">{row.right}</td>
                  <td role="cell" data-label="Difference" className={row.over ? "font-bold" : undefined}>{row.difference}</td>
                </tr>
              )),
            )}
          </StackedTable>
        </>
      ) : (
        <p>No skin temperatures were recorded in this period.</p>
      )}
    </ReportSection>
  );
}
