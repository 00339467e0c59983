import { getTranslations } from "next-intl/server";
import { CareChart } from "@/app/_components/charts/care-chart";
import { DataTable } from "@/app/_components/charts/data-table";
import { MIN_CARE_DAYS, type Dashboard } from "@/lib/trends/dashboard";
import { careSummary } from "@/lib/trends/summaries";
import { ChartSection } from "./chart-section";

export async function CareSection({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const { care } = dashboard;
  const t = await getTranslations("trends");
  const summary = careSummary(care, locale);
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const sides = [
    { label: t("afterCare"), ...care.withCare },
    { label: t("afterNoCare"), ...care.withoutCare },
  ];
  return (
    <ChartSection id="care" title={t("careTitle")} summary={summary}>
      {care.enough ? (
        <>
          <CareChart
            bars={sides.map((side) => ({ label: side.label, meanNextDayPain: Math.round(side.meanNextDayPain! * 10) / 10, shown: t("careBar", { mean: one.format(side.meanNextDayPain!), days: side.days }) }))}
            summary={summary}
          />
          <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-base">
            {t("careAssociation", { days: MIN_CARE_DAYS })}
          </p>
          <DataTable
            caption={t("careTable")}
            headers={[t("daysColumn"), t("dayPairsColumn"), t("nextDayColumn")]}
            rows={sides.map((side) => ({ key: side.label, head: side.label, cells: [side.days, one.format(side.meanNextDayPain!)] }))}
          />
        </>
      ) : null}
    </ChartSection>
  );
}
