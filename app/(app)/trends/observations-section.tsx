import Link from "next/link";
import { ObservationsChart } from "@/app/_components/charts/observations-chart";
import { DataTable } from "@/app/_components/charts/data-table";
import type { Dashboard } from "@/lib/trends/dashboard";
import { FEET, FOOT_LABELS, OBSERVATION_KIND_LABELS, OBSERVATION_KINDS, REGION_LABELS, REGIONS } from "@/lib/foot-health/vocabulary";
import type { TrendsParams } from "@/lib/trends/range";
import { journalHref, observationsSummary, periodLabel, periodSpan } from "@/lib/trends/summaries";
import { ChartSection } from "./chart-section";
import { Button } from "@/app/_components/button";

const control = "min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-2 text-lg";

function filterWords(params: TrendsParams): string {
  const parts = [
    params.kind ? `of ${OBSERVATION_KIND_LABELS[params.kind].toLowerCase()}` : "",
    params.foot || params.region ? `on the ${params.foot ? FOOT_LABELS[params.foot].toLowerCase() : "feet"}${params.region ? `, ${REGION_LABELS[params.region].toLowerCase()}` : ""}` : "",
  ];
  return parts.filter(Boolean).join(" ");
}

export function ObservationsSection({ dashboard, params, locale }: { dashboard: Dashboard; params: TrendsParams; locale: string }) {
  const { range, observations } = dashboard;
  const bucket = range.barBucket;
  const summary = observationsSummary(dashboard, filterWords(params));
  const layerLabel = (key: string) => (key === "OTHER_KINDS" ? "Other kinds" : OBSERVATION_KIND_LABELS[key as keyof typeof OBSERVATION_KIND_LABELS]);
  const layers = observations.kinds.map((key) => ({ key, label: layerLabel(key) }));
  const hrefFor = (period: string) => journalHref({ ...periodSpan(period, bucket, range), kind: params.kind, foot: params.foot, region: params.region });
  const points = observations.periods.map((point, index, all) => ({
    label: periodLabel(point.period, bucket, locale, "short"),
    total: point.total,
    counts: point.counts,
    reading: {
      at: (index + 0.5) / all.length,
      text: `${periodLabel(point.period, bucket, locale, "long")}: ${point.total} in all — ${layers.flatMap((layer) => (point.counts[layer.key as keyof typeof point.counts] ? [`${layer.label.toLowerCase()} ${point.counts[layer.key as keyof typeof point.counts]}`] : [])).join(", ")}`,
      href: hrefFor(point.period),
    },
  }));
  return (
    <ChartSection id="observations" title={`What you noticed, by ${bucket}`} summary={summary}>
      <form method="get" action="/trends" aria-label="Show one kind or place" className="grid gap-3 print:hidden sm:grid-cols-4 sm:items-end">
        {params.range !== "30d" ? <input type="hidden" name="range" value={params.range} /> : null}
        {params.range === "custom" ? (
          <>
            <input type="hidden" name="from" value={range.from} />
            <input type="hidden" name="to" value={range.to} />
          </>
        ) : null}
        {params.heat !== "count" ? <input type="hidden" name="heat" value={params.heat} /> : null}
        <label className="flex flex-col gap-1 font-semibold">
          What
          <select name="kind" defaultValue={params.kind ?? ""} className={control}>
            <option value="">Everything</option>
            {OBSERVATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {OBSERVATION_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          Foot
          <select name="foot" defaultValue={params.foot ?? ""} className={control}>
            <option value="">Either foot</option>
            {FEET.map((foot) => (
              <option key={foot} value={foot}>
                {FOOT_LABELS[foot]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 font-semibold">
          Where
          <select name="region" defaultValue={params.region ?? ""} className={control}>
            <option value="">Anywhere</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {REGION_LABELS[region]}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit">
          Show
        </Button>
      </form>
      {observations.total > 0 ? (
        <>
          <ObservationsChart points={points} layers={layers} summary={summary} />
          <p className="text-base text-slate-700">Each bar is one {bucket}, split by kind (see the key under the chart). Point at a bar (or focus the chart and use the arrow keys) to read it; click or press Enter to see its checks.</p>
          <DataTable
            caption={`Observations per ${bucket} and kind`}
            headers={[bucket === "week" ? "Week" : "Month", "In all", ...layers.map((layer) => layer.label)]}
            rows={observations.periods.map((point) => ({
              key: point.period,
              cells: [
                <Link key="period" href={hrefFor(point.period)} className="font-semibold text-brand-700 underline">
                  {periodLabel(point.period, bucket, locale, "long")}
                </Link>,
                point.total,
                ...layers.map((layer) => point.counts[layer.key as keyof typeof point.counts] ?? 0),
              ],
            }))}
          />
        </>
      ) : null}
    </ChartSection>
  );
}
