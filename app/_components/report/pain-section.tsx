import { translatorFor } from "@/lib/i18n/translator";
import type { ReportData } from "@/lib/report/load-report";
import { painSentence } from "@/lib/report/wording";
import { PainChart } from "./pain-chart";
import { ReportSection } from "./report-section";

export function PainSection({ report }: { report: ReportData }) {
  const { options, summary, person } = report;
  const t = translatorFor(person.locale, "report");
  return (
    <ReportSection id="pain-chart-heading" title={t("painOverTime")}>
      {report.painByDay.length ? (
        <PainChart days={report.painByDay} from={options.from} to={options.to} locale={person.locale} summary={painSentence(summary, person.locale)} />
      ) : (
        <p>{t("noChecks")}</p>
      )}
    </ReportSection>
  );
}
