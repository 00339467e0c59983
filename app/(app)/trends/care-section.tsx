import { CareChart } from "@/app/_components/charts/care-chart";
import { DataTable } from "@/app/_components/charts/data-table";
import { MIN_CARE_DAYS, type Dashboard } from "@/lib/trends/dashboard";
import { careSummary } from "@/lib/trends/summaries";
import { ChartSection } from "./chart-section";

export function CareSection({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const { care } = dashboard;
  const summary = careSummary(care, locale);
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const sides = [
    { label: "After care", ...care.withCare },
    { label: "After no care", ...care.withoutCare },
  ];
  return (
    <ChartSection id="care" title="Care and next-day pain" summary={summary}>
      {care.enough ? (
        <>
          <CareChart
            bars={sides.map((side) => ({ label: side.label, meanNextDayPain: Math.round(side.meanNextDayPain! * 10) / 10, shown: `${one.format(side.meanNextDayPain!)} (${side.days} days)` }))}
            summary={summary}
          />
          <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-base">
            This shows an association, not a cause: days with care may differ in other ways (rest, shoes, how the feet felt already). At least {MIN_CARE_DAYS} days on each side are needed before it is shown.
          </p>
          <DataTable
            caption="Mean pain the day after, with and without care"
            headers={["Days", "Day pairs", "Mean pain the next day"]}
            rows={sides.map((side) => ({ key: side.label, cells: [side.label, side.days, one.format(side.meanNextDayPain!)] }))}
          />
        </>
      ) : null}
    </ChartSection>
  );
}
