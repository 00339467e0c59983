import type { ReportData } from "@/lib/report/load-report";
import { formatShortDate } from "@/lib/report/wording";
import { temperatureTable } from "@/lib/journal/temperature-table";
import { formatTime } from "@/lib/time/format-in-zone";
import { ReportSection } from "./report-section";

/** Every skin temperature reading of the period, spot by spot, left and right and the difference. */
export function TemperaturesSection({ entries, person }: { entries: ReportData["entries"]; person: ReportData["person"] }) {
  const measured = entries.filter((entry) => entry.temperatures.length > 0);
  return (
    <ReportSection id="temperatures-heading" title={`Skin temperature readings (${measured.length} ${measured.length === 1 ? "check" : "checks"})`}>
      {measured.length ? (
        <>
          <p className="text-sm">°C, from a home infrared thermometer. IWGDF home monitoring: a difference above 2.2 °C at the same spot on two consecutive days is a reason to contact the clinic.</p>
          <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Skin temperature readings">
            <table className="report-table report-table-stacks w-full" role="table">
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">Date</th>
                  <th scope="col" role="columnheader">Spot</th>
                  <th scope="col" role="columnheader">Left</th>
                  <th scope="col" role="columnheader">Right</th>
                  <th scope="col" role="columnheader">Difference</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {measured.flatMap((entry) =>
                  temperatureTable(entry.temperatures).map((row, index) => (
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
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>No skin temperatures were recorded in this period.</p>
      )}
    </ReportSection>
  );
}
