"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "./chart-box";
import { AXIS_TICK, GRID, SERIES } from "./palette";
import { useOpenPoint } from "./use-open-point";

export type TemperaturePoint = { label: string; difference: number | null; href: string };

/** Left minus right skin temperature, with the ±2.2 °C lines that foot-care guidance watches. */
export default function TemperatureChart({ points, summary, threshold }: { points: TemperaturePoint[]; summary: string; threshold: number }) {
  const openPoint = useOpenPoint(points);
  const reach = Math.max(threshold + 1, ...points.map((p) => Math.abs(p.difference ?? 0)));
  const limit = Math.ceil(reach);
  return (
    <ChartBox summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} {...openPoint}>
          <CartesianGrid stroke={GRID} />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={28} />
          <YAxis domain={[-limit, limit]} allowDecimals={false} tick={AXIS_TICK} unit="°" />
          <Tooltip />
          <Legend />
          <ReferenceLine y={threshold} stroke={SERIES.rose} strokeDasharray="4 3" strokeWidth={2} label={{ value: `+${threshold} °C`, position: "insideTopRight", fill: SERIES.rose, fontSize: 12 }} />
          <ReferenceLine y={-threshold} stroke={SERIES.rose} strokeDasharray="4 3" strokeWidth={2} label={{ value: `−${threshold} °C`, position: "insideBottomRight", fill: SERIES.rose, fontSize: 12 }} />
          <ReferenceLine y={0} stroke={SERIES.slate} />
          <Line dataKey="difference" name="Left minus right (°C)" stroke={SERIES.blue} strokeWidth={2} dot={{ r: 3, fill: SERIES.blue }} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartBox>
  );
}
