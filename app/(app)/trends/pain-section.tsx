import Link from "next/link";
import { PainChart } from "@/app/_components/charts/pain-chart";
import { DataTable } from "@/app/_components/charts/data-table";
import type { Dashboard } from "@/lib/trends/dashboard";
import { journalHref, painSummary, periodLabel, periodSpan } from "@/lib/trends/summaries";
import { ChartSection, TooFewPoints } from "./chart-section";

/** A line needs a few points before it says anything about a trend. */
const MIN_POINTS = 3;

export function PainSection({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const { range } = dashboard;
  const bucket = range.seriesBucket;
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const withChecks = dashboard.pain.points.filter((point) => point.checks > 0);
  const summary = painSummary(dashboard, locale);
  const trendLabel = bucket === "day" ? "7-day average" : "4-week average";
  const points = dashboard.pain.points.map((point, index, all) => ({
    label: periodLabel(point.period, bucket, locale, "short"),
    max: point.max,
    mean: point.mean === null ? null : Math.round(point.mean * 10) / 10,
    trend: point.trend === null || point.checks === 0 ? null : Math.round(point.trend * 10) / 10,
    reading:
      point.checks > 0
        ? {
            at: (index + 0.5) / all.length,
            text: `${periodLabel(point.period, bucket, locale, "long")}: highest ${point.max}, mean ${one.format(point.mean ?? 0)}${point.trend === null ? "" : `, ${trendLabel} ${one.format(point.trend)}`} (${point.checks} ${point.checks === 1 ? "check" : "checks"})`,
            href: journalHref(periodSpan(point.period, bucket, range)),
          }
        : null,
  }));
  return (
    <ChartSection id="pain" title="Pain over time" summary={summary}>
      {withChecks.length >= MIN_POINTS ? (
        <>
          <PainChart points={points} summary={summary} trendLabel={trendLabel} />
          <p className="text-base text-slate-700">
            Squares: the highest pain {bucket === "day" ? "of the day" : "of the week"}. Dots and the solid line: the mean. Dashed line: the {trendLabel}. Gaps are{" "}
            {bucket === "day" ? "days" : "weeks"} without a check. Point at the chart (or focus it and use the arrow keys) to read each {bucket}; click or press Enter to see its checks.
          </p>
        </>
      ) : withChecks.length > 0 ? (
        <TooFewPoints>The chart appears once there are checks on {MIN_POINTS} different {bucket === "day" ? "days" : "weeks"}; until then, here are the figures.</TooFewPoints>
      ) : null}
      {withChecks.length > 0 ? (
        <DataTable
          caption={`Pain per ${bucket}`}
          headers={[bucket === "day" ? "Day" : "Week", "Checks", "Highest", "Mean", trendLabel]}
          rows={withChecks.map((point) => ({
            key: point.period,
            cells: [
              <Link key="day" href={journalHref(periodSpan(point.period, bucket, range))} className="font-semibold text-brand-700 underline">
                {periodLabel(point.period, bucket, locale, "long")}
              </Link>,
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
