import type { RedFlagSpan } from "@/lib/advice/history";
import { NO_RED_FLAGS, redFlagLine } from "@/lib/advice/wording";
import type { ReportSummary } from "@/lib/report/summarise";
import { careByKindText, formatShortDate, painTrendText } from "@/lib/report/wording";
import { ReportSection } from "./report-section";

export function SummarySection({ summary, redFlags, locale }: { summary: ReportSummary; redFlags: RedFlagSpan[]; locale: string }) {
  return (
    <ReportSection id="summary-heading" title="Summary" keep>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        <li>
          Checked on <strong>{summary.daysWithCheck} of {summary.daysInRange} days</strong> ({summary.checks} checks).
        </li>
        <li>
          {summary.painMean === null ? (
            "No pain scores."
          ) : (
            <>
              Pain: mean <strong>{summary.painMean}</strong>, max <strong>{summary.painMax}</strong> of 10; trend <strong>{painTrendText(summary.painTrend)}</strong>.
            </>
          )}
        </li>
        <li>
          Care sessions: <strong>{summary.care.sessions}</strong>
          {summary.care.sessions ? ` (${summary.care.minutes} minutes in all; ${careByKindText(summary.care.byKind)})` : ""}.
        </li>
      </ul>
      <h4 className="font-semibold">Most frequent observations</h4>
      {summary.topObservations.length ? (
        <ul className="list-disc pl-6">
          {summary.topObservations.map((item) => (
            <li key={item.label}>
              {item.label}: {item.count} {item.count === 1 ? "check" : "checks"}
            </li>
          ))}
        </ul>
      ) : (
        <p>None noted.</p>
      )}
      <h4 className="font-semibold">Red flags</h4>
      {redFlags.length ? (
        <ul className="list-disc pl-6" data-testid="report-red-flags">
          {redFlags.map((span) => (
            <li key={span.from}>
              <strong>{span.from === span.to ? formatShortDate(span.from, locale) : `${formatShortDate(span.from, locale)} – ${formatShortDate(span.to, locale)}`}</strong>:{" "}
              {span.advice.map((advice) => redFlagLine(advice, { locale, today: span.to, relative: false })).join(" ")}
            </li>
          ))}
        </ul>
      ) : (
        <p>{NO_RED_FLAGS}</p>
      )}
    </ReportSection>
  );
}
