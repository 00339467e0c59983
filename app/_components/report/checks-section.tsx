import type { ReportData } from "@/lib/report/load-report";
import { careText, formatShortDate, observationsText } from "@/lib/report/wording";
import { formatTime } from "@/lib/time/format-in-zone";
import { ReportSection } from "./report-section";
import { StackedTable } from "./stacked-table";

export function ChecksSection({ entries, person }: { entries: ReportData["entries"]; person: ReportData["person"] }) {
  return (
    <ReportSection id="entries-heading" title={`Checks (${entries.length})`}>
      {entries.length ? (
        <StackedTable label="Table of checks" columns={["Date", "Pain", "Observations", "Care", "Notes"]}>
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
        </StackedTable>
      ) : (
        <p>No checks in this period.</p>
      )}
    </ReportSection>
  );
}
