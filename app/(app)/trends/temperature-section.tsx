import Link from "next/link";
import { TemperatureChart } from "@/app/_components/charts/temperature-chart";
import { DataTable } from "@/app/_components/charts/data-table";
import type { Dashboard } from "@/lib/trends/dashboard";
import { TEMPERATURE_SITE_LABELS } from "@/lib/foot-health/vocabulary";
import { journalHref, periodLabel, periodSpan, TEMPERATURE_THRESHOLD_C, temperatureSpotSummary, temperatureSummary } from "@/lib/trends/summaries";
import { ChartSection, TooFewPoints } from "./chart-section";

const MIN_POINTS = 3;

/** Each measured spot: left minus right against the ±2.2 °C lines, with its numbers. The figures come from lib/trends. */
export function TemperatureSection({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const { range, temperature } = dashboard;
  const bucket = range.seriesBucket;
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const celsius = (value: number | null) => (value === null ? "—" : `${one.format(value)} °C`);
  const hrefFor = (period: string) => journalHref(periodSpan(period, bucket, range));
  return (
    <ChartSection id="temperature" title="Skin temperature, spot by spot" summary={temperatureSummary(dashboard)}>
      {temperature.length > 0 ? (
        <p className="text-base text-slate-700">
          Each chart is one spot: the left foot minus the right. Above the dashed +{TEMPERATURE_THRESHOLD_C} °C line or below −{TEMPERATURE_THRESHOLD_C} °C, one foot is clearly warmer
          there; on two days in a row, the guidance is to walk less and contact your foot clinic.
        </p>
      ) : null}
      {temperature.map((series) => {
        const summary = temperatureSpotSummary(series, bucket);
        const both = series.points.filter((point) => point.difference !== null);
        return (
          <section key={series.site} aria-labelledby={`temperature-${series.site}`} className="flex flex-col gap-2 border-t border-slate-200 pt-3">
            <h3 id={`temperature-${series.site}`} className="text-xl font-bold">
              {TEMPERATURE_SITE_LABELS[series.site]}
            </h3>
            <p>{summary}</p>
            {both.length >= MIN_POINTS ? (
              <TemperatureChart
                points={series.points.map((point, index, all) => ({
                  label: periodLabel(point.period, bucket, locale, "short"),
                  difference: point.difference === null ? null : Math.round(point.difference * 10) / 10,
                  reading:
                    point.difference === null
                      ? null
                      : { at: (index + 0.5) / all.length, text: `${periodLabel(point.period, bucket, locale, "long")}: left ${celsius(point.left)}, right ${celsius(point.right)}, difference ${celsius(point.difference)}`, href: hrefFor(point.period) },
                }))}
                summary={summary}
                threshold={TEMPERATURE_THRESHOLD_C}
              />
            ) : (
              <TooFewPoints>The chart appears once both feet have been measured here on {MIN_POINTS} {bucket === "day" ? "days" : "weeks"}.</TooFewPoints>
            )}
            <DataTable
              caption={`${TEMPERATURE_SITE_LABELS[series.site]}: skin temperature per ${bucket}`}
              headers={[bucket === "day" ? "Day" : "Week", "Left", "Right", "Difference"]}
              rows={series.points.map((point) => ({
                key: point.period,
                cells: [
                  <Link key="day" href={hrefFor(point.period)} className="font-semibold text-brand-700 underline">
                    {periodLabel(point.period, bucket, locale, "long")}
                  </Link>,
                  celsius(point.left),
                  celsius(point.right),
                  point.difference === null ? "—" : `${celsius(point.difference)}${Math.abs(point.difference) > TEMPERATURE_THRESHOLD_C ? " (over 2.2)" : ""}`,
                ],
              }))}
            />
          </section>
        );
      })}
    </ChartSection>
  );
}
