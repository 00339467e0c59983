import type { ReactNode } from "react";
import type { RedFlagSpan } from "@/lib/advice/history";
import { redFlagLine } from "@/lib/advice/wording";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportSummary } from "@/lib/report/summarise";
import { careByKindText, formatShortDate, painTrendText } from "@/lib/report/wording";
import { ReportSection } from "./report-section";

export function SummarySection({ summary, redFlags, locale }: { summary: ReportSummary; redFlags: RedFlagSpan[]; locale: string }) {
  const t = translatorFor(locale, "report");
  const b = (chunks: ReactNode) => <strong>{chunks}</strong>;
  return (
    <ReportSection id="summary-heading" title={t("summary")} keep>
      <ul className="flex list-disc flex-col gap-1 pl-6">
        <li>{t.rich("checkedOn", { checked: summary.daysWithCheck, days: summary.daysInRange, checks: summary.checks, b })}</li>
        <li>
          {summary.painMean === null
            ? t("noPain")
            : t.rich("painLine", { mean: summary.painMean, max: summary.painMax ?? 0, trend: painTrendText(summary.painTrend, locale), b })}
        </li>
        <li>
          {t.rich("careSessions", {
            sessions: summary.care.sessions,
            details: summary.care.sessions ? t("careDetails", { minutes: summary.care.minutes, byKind: careByKindText(summary.care.byKind, locale) }) : "",
            b,
          })}
        </li>
      </ul>
      <h4 className="font-semibold">{t("mostFrequent")}</h4>
      {summary.topObservations.length ? (
        <ul className="list-disc pl-6">
          {summary.topObservations.map((item) => (
            <li key={item.label}>
              {t("observationCount", { label: item.label, count: item.count })}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noneNoted")}</p>
      )}
      <h4 className="font-semibold">{t("redFlags")}</h4>
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
        <p>{translatorFor(locale, "guidance")("noRedFlags")}</p>
      )}
    </ReportSection>
  );
}
