import { languageOf } from "@/lib/i18n/negotiate";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportData } from "@/lib/report/load-report";
import { formatRange } from "@/lib/report/wording";
import { ChecksSection } from "./checks-section";
import { HeatMapSection } from "./heat-map-section";
import { PainSection } from "./pain-section";
import { PhotosSection, type PhotoSrc } from "./photos-section";
import { PrintStyles } from "./print-styles";
import { QuestionsSection } from "./questions-section";
import { ReportHeader } from "./report-header";
import { SummarySection } from "./summary-section";
import { TemperaturesSection } from "./temperatures-section";

// The report itself, read like a clinic letter. One component for the page, the print-out, the
// PDF and the share link; `photoSrc` says where this reader may fetch each photo from.

export function ReportDocument({ report, photoSrc }: { report: ReportData; photoSrc: PhotoSrc }) {
  const { person, options } = report;
  const show = (section: (typeof options.sections)[number]) => options.sections.includes(section);
  const t = translatorFor(person.locale, "report");
  // "Page {page} of {pages}" around CSS counters: the words before and between them.
  const [before = "", between = ""] = t("pageOf", { page: "\u0000", pages: "\u0000" }).split("\u0000");
  return (
    <article lang={languageOf(person.locale) ?? "en"} className="report-document flex flex-col gap-6 rounded-lg border border-slate-300 bg-white p-4 text-black sm:p-6 print:border-0 print:p-0" aria-labelledby="report-title">
      <PrintStyles header={`${person.name} · ${formatRange(options.from, options.to, person.locale)}`} pageOf={{ before, between }} />
      <ReportHeader report={report} />
      {show("summary") ? <SummarySection summary={report.summary} redFlags={report.redFlags} locale={person.locale} /> : null}
      {show("heatMap") ? <HeatMapSection spots={report.spots} locale={person.locale} /> : null}
      {show("painChart") ? <PainSection report={report} /> : null}
      {show("entries") ? <ChecksSection entries={report.entries} person={person} /> : null}
      {show("temperatures") ? <TemperaturesSection entries={report.entries} person={person} /> : null}
      {show("photos") ? <PhotosSection photoPairs={report.photoPairs} locale={person.locale} photoSrc={photoSrc} /> : null}
      {show("questions") ? <QuestionsSection questions={report.questions} locale={person.locale} /> : null}
      <p className="border-t border-black pt-2 text-sm">
        {translatorFor(person.locale, "guidance")("notMedicalAdvice")} {t("footer")}
      </p>
    </article>
  );
}
