"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { ChartBox } from "./chart-box";
import { AXIS_TICK, GRID, SERIES } from "./palette";

export type CareBar = { label: string; meanNextDayPain: number; shown: string };

/** Two bars, each labelled with its figure and its number of days, so nothing rests on colour. */
export default function CareChart({ bars, summary }: { bars: CareBar[]; summary: string }) {
  return (
    <ChartBox summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={bars} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 48, bottom: 0, left: 8 }}>
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={AXIS_TICK} />
          <YAxis type="category" dataKey="label" width={110} tick={AXIS_TICK} />
          <Bar dataKey="meanNextDayPain" fill={SERIES.green} isAnimationActive={false}>
            <LabelList dataKey="shown" position="right" fill="#0f172a" fontSize={13} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartBox>
  );
}
