import { useTranslations } from "next-intl";
import type { ReadablePoint } from "./chart-reader";
import { STACK_COLOURS } from "./palette";
import { countTicks, Legend, Plot, SPAN, xTicks, yScale } from "./plot";

export type StackLayer = { key: string; label: string };
export type StackPoint = { label: string; total: number; counts: Record<string, number | undefined>; reading: ReadablePoint };

/** Observations per week (or month), stacked by kind; white edges keep neighbouring layers apart. */
export function ObservationsChart({ points, layers, summary }: { points: StackPoint[]; layers: StackLayer[]; summary: string }) {
  const t = useTranslations("charts");
  const ticks = countTicks(Math.max(...points.map((p) => p.total)));
  const y = yScale(0, ticks.at(-1)!);
  const width = (0.7 * SPAN) / points.length;
  // One path per kind: a closed rectangle per bar, each sitting on the layers below it.
  const below = points.map(() => 0);
  const paths = layers.map((layer) =>
    points
      .map((point, index) => {
        const count = point.counts[layer.key] ?? 0;
        if (count === 0) return "";
        const x = ((index + 0.15) / points.length) * SPAN;
        const bottom = y(below[index]!);
        below[index]! += count;
        return `M${x.toFixed(1)} ${bottom.toFixed(1)}V${y(below[index]!).toFixed(1)}h${width.toFixed(1)}V${bottom.toFixed(1)}Z`;
      })
      .join(""),
  );
  return (
    <>
      <Plot
        summary={summary}
        yTicks={ticks.map((value) => ({ at: y(value), label: String(value) }))}
        xLabels={xTicks(points.map((p) => p.label))}
        reader={{ label: t("readObservations"), points: points.map((p) => p.reading) }}
      >
        {layers.map((layer, index) => (
          <path key={layer.key} d={paths[index]} fill={STACK_COLOURS[index % STACK_COLOURS.length]} stroke="#ffffff" strokeWidth={1} vectorEffect="non-scaling-stroke" />
        ))}
      </Plot>
      <Legend items={layers.map((layer, index) => ({ label: layer.label, mark: <rect x={6} y={0} width={12} height={12} fill={STACK_COLOURS[index % STACK_COLOURS.length]} /> }))} />
    </>
  );
}
