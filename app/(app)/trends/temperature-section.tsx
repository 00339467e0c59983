import { getTranslations } from "next-intl/server";
import { TemperatureChart } from "@/app/_components/charts/temperature-chart";
import { DataTable } from "@/app/_components/charts/data-table";
import type { Dashboard } from "@/lib/trends/dashboard";
import { journalHref, periodLabel, periodSpan, TEMPERATURE_THRESHOLD_C, temperatureSpotSummary, temperatureSummary } from "@/lib/trends/summaries";
import { formatCelsius, formatDecimal } from "@/lib/i18n/format";
import { ChartSection, TooFewPoints } from "./chart-section";

const MIN_POINTS = 3;

/** Each measured spot: left minus right against the ±2.2 °C lines, with its numbers. The figures come from lib/trends. */
export async function TemperatureSection({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const { range, temperature } = dashboard;
  const [t, words] = await Promise.all([getTranslations("trends"), getTranslations("vocabulary")]);
  const threshold = formatDecimal(TEMPERATURE_THRESHOLD_C, locale);
  const bucket = range.seriesBucket;
  const celsius = (value: number | null) => (value === null ? "—" : formatCelsius(value, locale));
  const hrefFor = (period: string) => journalHref(periodSpan(period, bucket, range));
  return (
    <ChartSection id="temperature" title={t("temperatureTitle")} summary={temperatureSummary(dashboard, locale)}>
      {temperature.length > 0 ? (
        <p className="text-base text-slate-700">{t("temperatureHowToRead", { threshold })}</p>
      ) : null}
      {temperature.map((series) => {
        const summary = temperatureSpotSummary(series, bucket, locale);
        const both = series.points.filter((point) => point.difference !== null);
        return (
          <section key={series.site} aria-labelledby={`temperature-${series.site}`} className="flex flex-col gap-2 border-t border-slate-200 pt-3">
            <h3 id={`temperature-${series.site}`} className="text-xl font-bold">
              {words(`sites.${series.site}`)}
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
                      : { at: (index + 0.5) / all.length, text: t("temperatureReading", { period: periodLabel(point.period, bucket, locale, "long"), left: celsius(point.left), right: celsius(point.right), difference: celsius(point.difference) }), href: hrefFor(point.period) },
                }))}
                summary={summary}
                threshold={TEMPERATURE_THRESHOLD_C}
              />
            ) : (
              <TooFewPoints>{t("temperatureTooFew", { bucket, count: MIN_POINTS })}</TooFewPoints>
            )}
            <DataTable
              caption={t("temperatureTable", { site: words(`sites.${series.site}`), bucket })}
              headers={[t("bucketColumn", { bucket }), t("leftColumn"), t("rightColumn"), t("differenceColumn")]}
              rows={series.points.map((point) => ({
                key: point.period,
                head: { text: periodLabel(point.period, bucket, locale, "long"), href: hrefFor(point.period) },
                cells: [
                  celsius(point.left),
                  celsius(point.right),
                  point.difference === null ? "—" : `${celsius(point.difference)}${Math.abs(point.difference) > TEMPERATURE_THRESHOLD_C ? t("over", { threshold }) : ""}`,
                ],
              }))}
            />
          </section>
        );
      })}
    </ChartSection>
  );
}
