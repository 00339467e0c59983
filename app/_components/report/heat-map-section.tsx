import type { ReportData } from "@/lib/report/load-report";
import { FootCountMap } from "./foot-count-map";
import { ReportSection } from "./report-section";

export function HeatMapSection({ spots }: { spots: ReportData["spots"] }) {
  return (
    <ReportSection id="heat-map-heading" title="Where things were noted">
      <FootCountMap spots={spots} />
    </ReportSection>
  );
}
