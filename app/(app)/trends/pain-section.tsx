import { getTranslations } from "next-intl/server";
import { PainChart } from "@/app/_components/charts/pain-chart";
import { DataTable } from "@/app/_components/charts/data-table";
import type { Dashboard } from "@/lib/trends/dashboard";
import { journalHref, painSummary, periodLabel, periodSpan } from "@/lib/trends/summaries";
import { ChartSection, TooFewPoints } from "./chart-section";

/** A line needs a few points before it says anything about a trend. */
const MIN_POINTS = 3;

export async function PainSection({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const { range } = dashboard;
  const t = await getTranslations("trends");
  const bucket = range.seriesBucket;
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const withChecks = dashboard.pain.points.filter((point) => point.checks > 0);
  const summary = painSummary(dashboard, locale);
  const trendLabel = t("average", { bucket });
  const points = dashboard.pain.points.map((point, index, all) => ({
    label: periodLabel(point.period, bucket, locale, "short"),
    max: point.max,
    mean: point.mean === null ? null : Math.round(point.mean * 10) / 10,
    trend: point.trend === null || point.checks === 0 ? null : Math.round(point.trend * 10) / 10,
    reading:
      point.checks > 0
        ? {
            at: (index + 0.5) / all.length,
            text: t(point.trend === null ? "painReading" : "painReadingTrend", {
              period: periodLabel(point.period, bucket, locale, "long"),
              max: point.max ?? 0,
              mean: one.format(point.mean ?? 0),
              trendLabel,
              trend: point.trend === null ? "" : one.format(point.trend),
              checks: point.checks,
            }),
            href: journalHref(periodSpan(point.period, bucket, range)),
          }
        : null,
  }));
  return (
    <ChartSection id="pain" title={t("painTitle")} summary={summary}>
      {withChecks.length >= MIN_POINTS ? (
        <>
          <PainChart points={points} summary={summary} trendLabel={trendLabel} />
          <p className="text-base text-slate-700">{t("painHowToRead", { bucket, trendLabel })}</p>
        </>
      ) : withChecks.length > 0 ? (
        <TooFewPoints>{t("painTooFew", { bucket, count: MIN_POINTS })}</TooFewPoints>
      ) : null}
      {withChecks.length > 0 ? (
        <DataTable
          caption={t("painTable", { bucket })}
          headers={[t("bucketColumn", { bucket }), t("checksColumn"), t("highestColumn"), t("meanColumn"), trendLabel]}
          rows={withChecks.map((point) => ({
            key: point.period,
            head: { text: periodLabel(point.period, bucket, locale, "long"), href: journalHref(periodSpan(point.period, bucket, range)) },
            cells: [
              point.checks,
              point.max,
              one.format(point.mean ?? 0),
              point.trend === null ? "—" : one.format(point.trend),
            ],
          }))}
        />
      ) : null}
    </ChartSection>
  );
}
