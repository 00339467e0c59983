import type { ReportData } from "@/lib/report/load-report";
import { careText, formatShortDate, observationsText } from "@/lib/report/wording";
import { formatTime } from "@/lib/time/format-in-zone";
import { ReportSection } from "./report-section";

export function ChecksSection({ entries, person }: { entries: ReportData["entries"]; person: ReportData["person"] }) {
  return (
    <ReportSection id="entries-heading" title={`Checks (${entries.length})`}>
      {entries.length ? (
        <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="region" aria-label="Table of checks">
          <table className="report-table report-table-stacks w-full" role="table">
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">Date</th>
                <th scope="col" role="columnheader">Pain</th>
                <th scope="col" role="columnheader">Observations</th>
                <th scope="col" role="columnheader">Care</th>
                <th scope="col" role="columnheader">Notes</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {entries.map((entry) => (
                <tr role="row" key={entry.id}>
                  <td role="cell" data-label="Date" className="whitespace-nowrap">
                    <span>
                      {formatShortDate(entry.localDate, person.locale)}
                      <br />
                      <span className="text-sm">{formatTime(entry.recordedAt, person)}</span>
                      {entry.recordedBy ? <span className="block text-sm">recorded by {entry.recordedBy}</span> : null}
                    </span>
                  </td>
                  <td role="cell" data-label="Pain">{entry.pain}</td>
                  <td role="cell" data-label="Observations">{observationsText(entry.observations)}</td>
                  <td role="cell" data-label="Care">{careText(entry)}</td>
                  <td role="cell" data-label="Notes">{entry.notes || "—"}</td>
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
