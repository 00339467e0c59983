import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { DataTable } from "@/app/_components/charts/data-table";
import { describeCell, FootHeatMap } from "@/app/_components/foot-heat-map";
import { formatAtMost } from "@/lib/i18n/format";
import type { Dashboard } from "@/lib/trends/dashboard";
import type { TrendsParams } from "@/lib/trends/range";
import { heatSummary, journalHref, placeName } from "@/lib/trends/summaries";
import { ChartSection } from "./chart-section";
import { trendsHref } from "./trends-href";

export async function HeatSection({ dashboard, params, locale }: { dashboard: Dashboard; params: TrendsParams; locale: string }) {
  const { range, heat } = dashboard;
  const [t, words] = await Promise.all([getTranslations("trends"), getTranslations("vocabulary")]);
  const summary = heatSummary(dashboard, params.heat, locale);
  const hrefFor = (foot: (typeof heat)[number]["foot"], region: (typeof heat)[number]["region"]) => journalHref({ from: range.from, to: range.to, foot, region, kind: params.kind });
  return (
    <ChartSection id="heat" title={params.kind ? t("heatTitleKind", { kind: words(`kinds.${params.kind}`).toLocaleLowerCase(locale) }) : t("heatTitle")} summary={summary}>
      <nav aria-label={t("heatColourBy")} className="print:hidden">
        <ul className="flex flex-wrap gap-2">
          {(
            [
              ["count", t("heatCount")],
              ["pain", t("heatPain")],
            ] as const
          ).map(([mode, label]) => (
            <li key={mode}>
              <Link
                href={trendsHref(params, { heat: mode })}
                aria-current={params.heat === mode ? "page" : undefined}
                className={`flex min-h-11 items-center rounded-md border-2 px-4 font-semibold ${params.heat === mode ? "border-brand-700 bg-brand-600 text-white" : "border-brand-600 bg-white text-brand-700"}`}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {heat.length > 0 ? (
        <>
          <FootHeatMap cells={heat} mode={params.heat} locale={locale} hrefFor={hrefFor} />
          <p className="text-base text-slate-700">{t("heatHowToRead", { mode: params.heat })}</p>
          <DataTable
            caption={t("heatTable")}
            headers={[t("placeColumn"), t("timesColumn"), t("daysColumn"), t("meanPainColumn")]}
            rows={[...heat]
              .sort((a, b) => b.count - a.count)
              .map((cell) => ({
                key: `${cell.foot}:${cell.region}`,
                head: { text: placeName(cell.foot, cell.region, locale), href: hrefFor(cell.foot, cell.region), label: `${placeName(cell.foot, cell.region, locale)}: ${describeCell(cell, locale)}` },
                cells: [
                  cell.count,
                  cell.days,
                  cell.meanPain === null ? "—" : formatAtMost(cell.meanPain, locale),
                ],
              }))}
          />
        </>
      ) : null}
    </ChartSection>
  );
}
