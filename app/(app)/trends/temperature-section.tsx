import Link from "next/link";
import { TemperatureChart } from "@/app/_components/charts/lazy-charts";
import { DataTable } from "@/app/_components/charts/data-table";
import type { Dashboard } from "@/lib/trends/dashboard";
import { journalHref, periodLabel, periodSpan, TEMPERATURE_THRESHOLD_C, temperatureSummary } from "@/lib/trends/summaries";
import { ChartSection, TooFewPoints } from "./chart-section";

const MIN_POINTS = 3;

export function TemperatureSection({ dashboard, locale }: { dashboard: Dashboard; locale: string }) {
  const { range, temperature } = dashboard;
  const bucket = range.seriesBucket;
  const summary = temperatureSummary(dashboard);
  const one = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  const celsius = (value: number | null) => (value === null ? "—" : `${one.format(value)} °C`);
  const both = temperature.filter((point) => point.difference !== null);
  const hrefFor = (period: string) => journalHref(periodSpan(period, bucket, range));
  return (
    <ChartSection id="temperature" title="Skin temperature, left and right" summary={summary}>
      {both.length >= MIN_POINTS ? (
        <>
          <TemperatureChart
            points={temperature.map((point) => ({ label: periodLabel(point.period, bucket, locale, "short"), difference: point.difference === null ? null : Math.round(point.difference * 10) / 10, href: hrefFor(point.period) }))}
            summary={summary}
            threshold={TEMPERATURE_THRESHOLD_C}
          />
          <p className="text-base text-slate-700">
            The line is the left foot minus the right. Above the dashed +{TEMPERATURE_THRESHOLD_C} °C line or below −{TEMPERATURE_THRESHOLD_C} °C, one foot is clearly warmer — for people with diabetes, a difference that lasts is worth showing a professional.
          </p>
        </>
      ) : temperature.length > 0 ? (
        <TooFewPoints>The chart appears once both feet have been measured on {MIN_POINTS} {bucket === "day" ? "days" : "weeks"}.</TooFewPoints>
      ) : null}
      {temperature.length > 0 ? (
        <DataTable
          caption={`Skin temperature per ${bucket}`}
          headers={[bucket === "day" ? "Day" : "Week", "Left", "Right", "Difference"]}
          rows={temperature.map((point) => ({
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
      ) : null}
    </ChartSection>
  );
}
