import type { ReportData } from "@/lib/report/load-report";
import { painSentence } from "@/lib/report/wording";
import { PainChart } from "./pain-chart";
import { ReportSection } from "./report-section";

export function PainSection({ report }: { report: ReportData }) {
  const { options, summary, person } = report;
  return (
    <ReportSection id="pain-chart-heading" title="Pain over time">
      {report.painByDay.length ? (
        <PainChart days={report.painByDay} from={options.from} to={options.to} locale={person.locale} summary={painSentence(summary, person.locale)} />
      ) : (
        <p>No checks in this period.</p>
      )}
    </ReportSection>
  );
}
