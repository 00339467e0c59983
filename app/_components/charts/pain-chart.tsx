"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "./chart-box";
import { AXIS_TICK, GRID, SERIES } from "./palette";
import { useOpenPoint } from "./use-open-point";

export type PainPoint = { label: string; max: number | null; mean: number | null; trend: number | null; href: string | null };

type DotProps = { cx?: number; cy?: number; index?: number };

/** Highest pain as squares, so it is told from the mean (round dots) without colour. */
function SquareDot({ cx, cy, index }: DotProps) {
  if (cx === undefined || cy === undefined || cy === null) return <g key={`max-${index}`} />;
  return <rect key={`max-${index}`} x={cx - 4} y={cy - 4} width={8} height={8} fill={SERIES.vermillion} stroke="#ffffff" strokeWidth={1} />;
}

/** Overall pain per day (or week): highest, mean and the moving average; gaps where no check was made. */
export default function PainChart({ points, summary, trendLabel }: { points: PainPoint[]; summary: string; trendLabel: string }) {
  const openPoint = useOpenPoint(points);
  return (
    <ChartBox summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} {...openPoint}>
          <CartesianGrid stroke={GRID} />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={28} />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} />
          <Tooltip />
          <Legend />
          <Line dataKey="max" name="Highest" stroke="none" dot={SquareDot} activeDot={false} isAnimationActive={false} />
          <Line dataKey="mean" name="Mean" stroke={SERIES.blue} strokeWidth={2} dot={{ r: 3, fill: SERIES.blue }} isAnimationActive={false} />
          <Line dataKey="trend" name={trendLabel} stroke={SERIES.ink} strokeWidth={3} strokeDasharray="7 4" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartBox>
  );
}
