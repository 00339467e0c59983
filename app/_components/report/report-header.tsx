import type { ReportData } from "@/lib/report/load-report";
import { translatorFor } from "@/lib/i18n/translator";
import { clinicianText, conditionsText, formatRange, formatShortDate, riskText } from "@/lib/report/wording";

/** Who, which period, and what a clinician needs to know first; always printed. */
export function ReportHeader({ report }: { report: ReportData }) {
  const { person, profile, options, summary } = report;
  const t = translatorFor(person.locale, "report");
  return (
    <header className="flex flex-col gap-2 border-b-2 border-black pb-3">
      <h2 id="report-title" className="text-2xl font-bold">
        {t("title", { name: person.name })}
      </h2>
      <p className="text-lg">{t.rich("period", { range: formatRange(options.from, options.to, person.locale), days: summary.daysInRange, b: (chunks) => <strong>{chunks}</strong> })}</p>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2">
        {profile.dateOfBirth ? <Fact term={t("dateOfBirth")} value={formatShortDate(profile.dateOfBirth, person.locale)} /> : null}
        <Fact term={t("conditions")} value={conditionsText(profile, person.locale)} />
        <Fact term={t("risk")} value={riskText(profile.iwgdfRisk, person.locale)} />
        <Fact term={t("clinician")} value={clinicianText(profile, person.locale)} />
      </dl>
    </header>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}:</dt>
      <dd>{value}</dd>
    </div>
  );
}
