import { getTranslations } from "next-intl/server";
import { ObservationsChart } from "@/app/_components/charts/observations-chart";
import { DataTable } from "@/app/_components/charts/data-table";
import type { Dashboard } from "@/lib/trends/dashboard";
import { FEET, OBSERVATION_KINDS, REGIONS } from "@/lib/foot-health/vocabulary";
import type { TrendsParams } from "@/lib/trends/range";
import { journalHref, observationsSummary, periodLabel, periodSpan } from "@/lib/trends/summaries";
import { ChartSection } from "./chart-section";
import { Button } from "@/app/_components/button";

const control = "min-h-12 w-full min-w-0 max-w-full rounded-md border-2 border-slate-400 bg-white px-2 text-lg";

export async function ObservationsSection({ dashboard, params, locale }: { dashboard: Dashboard; params: TrendsParams; locale: string }) {
  const { range, observations } = dashboard;
  const bucket = range.barBucket;
  const [t, words] = await Promise.all([getTranslations("trends"), getTranslations("vocabulary")]);
  // What the chart is narrowed to, as the summary says it: "of redness on the left foot, heel".
  const filterWords = [
    params.kind ? t("filterKind", { kind: words(`kinds.${params.kind}`).toLocaleLowerCase(locale) }) : "",
    params.foot || params.region ? `${t("filterFoot", { foot: params.foot ?? "BOTH" })}${params.region ? `, ${words(`regionsInSentence.${params.region}`)}` : ""}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const summary = observationsSummary(dashboard, filterWords, locale);
  const layerLabel = (key: string) => (key === "OTHER_KINDS" ? t("otherKinds") : words(`kinds.${key as (typeof OBSERVATION_KINDS)[number]}`));
  const layers = observations.kinds.map((key) => ({ key, label: layerLabel(key) }));
  const hrefFor = (period: string) => journalHref({ ...periodSpan(period, bucket, range), kind: params.kind, foot: params.foot, region: params.region });
  const points = observations.periods.map((point, index, all) => ({
    label: periodLabel(point.period, bucket, locale, "short"),
    total: point.total,
    counts: point.counts,
    reading: {
      at: (index + 0.5) / all.length,
      text: t("observationsReading", {
        period: periodLabel(point.period, bucket, locale, "long"),
        total: point.total,
        kinds: layers.flatMap((layer) => (point.counts[layer.key as keyof typeof point.counts] ? [`${layer.label.toLocaleLowerCase(locale)} ${point.counts[layer.key as keyof typeof point.counts]}`] : [])).join(", "),
      }),
      href: hrefFor(point.period),
    },
  }));
  return (
    <ChartSection id="observations" title={t("observationsTitle", { bucket })} summary={summary}>
      <form method="get" action="/trends" aria-label={t("observationsFilter")} className="grid gap-3 print:hidden sm:grid-cols-4 sm:items-end">
        {params.range !== "30d" ? <input type="hidden" name="range" value={params.range} /> : null}
        {params.range === "custom" ? (
          <>
            <input type="hidden" name="from" value={range.from} />
            <input type="hidden" name="to" value={range.to} />
          </>
        ) : null}
        {params.heat !== "count" ? <input type="hidden" name="heat" value={params.heat} /> : null}
        <label className="flex min-w-0 flex-col gap-1 font-semibold">
          {t("what")}
          <select name="kind" defaultValue={params.kind ?? ""} className={control}>
            <option value="">{t("everything")}</option>
            {OBSERVATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {words(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1 font-semibold">
          {t("foot")}
          <select name="foot" defaultValue={params.foot ?? ""} className={control}>
            <option value="">{t("eitherFoot")}</option>
            {FEET.map((foot) => (
              <option key={foot} value={foot}>
                {words(`feet.${foot}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-col gap-1 font-semibold">
          {t("where")}
          <select name="region" defaultValue={params.region ?? ""} className={control}>
            <option value="">{t("anywhere")}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {words(`regions.${region}`)}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit">{t("show")}</Button>
      </form>
      {observations.total > 0 ? (
        <>
          <ObservationsChart points={points} layers={layers} summary={summary} />
          <p className="text-base text-slate-700">{t("observationsHowToRead", { bucket })}</p>
          <DataTable
            caption={t("observationsTable", { bucket })}
            headers={[t("bucketColumn", { bucket }), t("inAllColumn"), ...layers.map((layer) => layer.label)]}
            rows={observations.periods.map((point) => ({
              key: point.period,
              head: { text: periodLabel(point.period, bucket, locale, "long"), href: hrefFor(point.period) },
              cells: [
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
