import type { ReportData } from "@/lib/report/load-report";
import { clinicianText, conditionsText, formatRange, formatShortDate, riskText } from "@/lib/report/wording";

/** Who, which period, and what a clinician needs to know first; always printed. */
export function ReportHeader({ report }: { report: ReportData }) {
  const { person, profile, options, summary } = report;
  return (
    <header className="flex flex-col gap-2 border-b-2 border-black pb-3">
      <h2 id="report-title" className="text-2xl font-bold">
        Foot health report: {person.name}
      </h2>
      <p className="text-lg">
        Period: <strong>{formatRange(options.from, options.to, person.locale)}</strong> ({summary.daysInRange} days)
      </p>
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 print:grid-cols-2">
        {profile.dateOfBirth ? <Fact term="Date of birth" value={formatShortDate(profile.dateOfBirth, person.locale)} /> : null}
        <Fact term="Conditions" value={conditionsText(profile)} />
        <Fact term="IWGDF risk category" value={riskText(profile.iwgdfRisk)} />
        <Fact term="Clinician" value={clinicianText(profile)} />
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
