"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "./chart-box";
import { AXIS_TICK, GRID, STACK_COLOURS } from "./palette";
import { useOpenPoint } from "./use-open-point";

export type StackLayer = { key: string; label: string };
export type StackPoint = { label: string; href: string } & Record<string, number | string>;

/** Observations per week (or month), stacked by kind; white edges keep neighbouring layers apart. */
export default function ObservationsChart({ points, layers, summary }: { points: StackPoint[]; layers: StackLayer[]; summary: string }) {
  const openPoint = useOpenPoint(points);
  return (
    <ChartBox summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} {...openPoint}>
          <CartesianGrid stroke={GRID} vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} minTickGap={20} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} />
          <Tooltip />
          <Legend />
          {layers.map((layer, index) => (
            <Bar key={layer.key} dataKey={layer.key} name={layer.label} stackId="kinds" fill={STACK_COLOURS[index % STACK_COLOURS.length]} stroke="#ffffff" strokeWidth={1} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartBox>
  );
}
