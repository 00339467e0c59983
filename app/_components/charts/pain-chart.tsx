import { useTranslations } from "next-intl";
import type { ReadablePoint } from "./chart-reader";
import { SERIES } from "./palette";
import { Legend, linePath, markerPath, Plot, xTicks, yScale } from "./plot";

export type PainPoint = { label: string; max: number | null; mean: number | null; trend: number | null; reading: ReadablePoint | null };

const PAIN_TICKS = [0, 2, 4, 6, 8, 10];
const y = yScale(0, 10);

/**
 * Overall pain per day (or week): the highest as squares, the mean as dots on a solid line, the
 * moving average dashed, so the three are told apart without colour; gaps where no check was made.
 */
export function PainChart({ points, summary, trendLabel }: { points: PainPoint[]; summary: string; trendLabel: string }) {
  const t = useTranslations("charts");
  const stroke = { vectorEffect: "non-scaling-stroke", fill: "none" } as const;
  const max = points.map((p) => p.max);
  const mean = points.map((p) => p.mean);
  return (
    <>
      <Plot
        summary={summary}
        yTicks={PAIN_TICKS.map((value) => ({ at: y(value), label: String(value) }))}
        xLabels={xTicks(points.map((p) => p.label))}
        reader={{ label: t("readPain"), points: points.flatMap((p) => (p.reading ? [p.reading] : [])) }}
      >
        <path d={linePath(points.map((p) => p.trend), y)} stroke={SERIES.ink} strokeWidth={3} strokeDasharray="7 4" {...stroke} />
        <path d={linePath(mean, y)} stroke={SERIES.blue} strokeWidth={2} {...stroke} />
        <path d={markerPath(mean, y)} stroke={SERIES.blue} strokeWidth={7} strokeLinecap="round" {...stroke} />
        <path d={markerPath(max, y)} stroke={SERIES.vermillion} strokeWidth={8} strokeLinecap="square" {...stroke} />
      </Plot>
      <Legend
        items={[
          { label: t("highest"), mark: <rect x={8} y={2} width={8} height={8} fill={SERIES.vermillion} /> },
          {
            label: t("mean"),
            mark: (
              <>
                <path d="M0 6H24" stroke={SERIES.blue} strokeWidth={2} />
                <path d="M12 6h0" stroke={SERIES.blue} strokeWidth={7} strokeLinecap="round" />
              </>
            ),
          },
          { label: trendLabel, mark: <path d="M0 6H24" stroke={SERIES.ink} strokeWidth={3} strokeDasharray="7 4" /> },
        ]}
      />
    </>
  );
}
