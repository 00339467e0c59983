import { translatorFor } from "@/lib/i18n/translator";
import type { ReportData } from "@/lib/report/load-report";
import { careText, formatShortDate, observationsText } from "@/lib/report/wording";
import { formatTime } from "@/lib/time/format-in-zone";
import { ReportSection } from "./report-section";
import { StackedTable } from "./stacked-table";

export function ChecksSection({ entries, person }: { entries: ReportData["entries"]; person: ReportData["person"] }) {
  const t = translatorFor(person.locale, "report");
  const column = (name: "date" | "pain" | "observations" | "care" | "notes") => t(`columns.${name}`);
  return (
    <ReportSection id="entries-heading" title={t("checks", { count: entries.length })}>
      {entries.length ? (
        <StackedTable label={t("checksTable")} columns={[column("date"), column("pain"), column("observations"), column("care"), column("notes")]}>
          {entries.map((entry) => (
            <tr role="row" key={entry.id}>
              <td role="cell" data-label={column("date")} className="whitespace-nowrap">
                <span>
                  {formatShortDate(entry.localDate, person.locale)}
                  <br />
                  <span className="text-sm">{formatTime(entry.recordedAt, person)}</span>
                  {entry.recordedBy ? <span className="block text-sm">{t("recordedBy", { name: entry.recordedBy })}</span> : null}
                </span>
              </td>
              <td role="cell" data-label={column("pain")}>{entry.pain}</td>
              <td role="cell" data-label={column("observations")}>{observationsText(entry.observations, person.locale)}</td>
              <td role="cell" data-label={column("care")}>{careText(entry, person.locale)}</td>
              <td role="cell" data-label={column("notes")}>{entry.notes || "—"}</td>
            </tr>
          ))}
        </StackedTable>
      ) : (
        <p>{t("noChecks")}</p>
      )}
    </ReportSection>
  );
}
