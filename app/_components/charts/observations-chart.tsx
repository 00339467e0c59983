"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "./chart-box";
import { AXIS_TICK, GRID, STACK_COLOURS } from "./palette";

export type StackLayer = { key: string; label: string };
export type StackPoint = { label: string; href: string } & Record<string, number | string>;

/** Observations per week (or month), stacked by kind; white edges keep neighbouring layers apart. */
export default function ObservationsChart({ points, layers, summary }: { points: StackPoint[]; layers: StackLayer[]; summary: string }) {
  const router = useRouter();
  return (
    <ChartBox summary={summary}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={points}
          accessibilityLayer={false}
          margin={{ top: 8, right: 8, bottom: 0, left: -20 }}
          onClick={(state) => {
            const href = points[Number(state.activeIndex)]?.href;
            if (href) router.push(href);
          }}
          className="cursor-pointer"
        >
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
