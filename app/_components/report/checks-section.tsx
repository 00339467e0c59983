import type { ReportData } from "@/lib/report/load-report";
import { careText, formatShortDate, observationsText } from "@/lib/report/wording";
import { formatTime } from "@/lib/time/format-in-zone";
import { ReportSection } from "./report-section";

export function ChecksSection({ entries, person }: { entries: ReportData["entries"]; person: ReportData["person"] }) {
  return (
    <ReportSection id="entries-heading" title={`Checks (${entries.length})`}>
      {entries.length ? (
        <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Table of checks, scrolls sideways on a small screen">
          <table className="report-table w-full">
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Pain</th>
                <th scope="col">Observations</th>
                <th scope="col">Care</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td className="whitespace-nowrap">
                    {formatShortDate(entry.localDate, person.locale)}
                    <br />
                    <span className="text-sm">{formatTime(entry.recordedAt, person)}</span>
                    {entry.recordedBy ? <span className="block text-sm">recorded by {entry.recordedBy}</span> : null}
                  </td>
                  <td>{entry.pain}</td>
                  <td>{observationsText(entry.observations)}</td>
                  <td>{careText(entry)}</td>
                  <td>{entry.notes || "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No checks in this period.</p>
      )}
    </ReportSection>
  );
}
