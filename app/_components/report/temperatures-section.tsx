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
          <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Skin temperature readings, scrolls sideways on a small screen">
            <table className="report-table w-full">
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Spot</th>
                  <th scope="col">Left</th>
                  <th scope="col">Right</th>
                  <th scope="col">Difference</th>
                </tr>
              </thead>
              <tbody>
                {measured.flatMap((entry) =>
                  temperatureTable(entry.temperatures).map((row, index) => (
                    <tr key={`${entry.id}-${row.site}`}>
                      <td className="whitespace-nowrap">
                        {index === 0 ? (
                          <>
                            {formatShortDate(entry.localDate, person.locale)} <span className="text-sm">{formatTime(entry.recordedAt, person)}</span>
                          </>
                        ) : null}
                      </td>
                      <td>{row.label}</td>
                      <td>{row.left}</td>
                      <td>{row.right}</td>
                      <td className={row.over ? "font-bold" : undefined}>{row.difference}</td>
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
