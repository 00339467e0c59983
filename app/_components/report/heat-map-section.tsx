import { translatorFor } from "@/lib/i18n/translator";
import type { ReportData } from "@/lib/report/load-report";
import { FootCountMap } from "./foot-count-map";
import { ReportSection } from "./report-section";

export function HeatMapSection({ spots, locale }: { spots: ReportData["spots"]; locale: string }) {
  return (
    <ReportSection id="heat-map-heading" title={translatorFor(locale, "reportParts")("heatMapTitle")}>
      <FootCountMap spots={spots} locale={locale} />
    </ReportSection>
  );
}
