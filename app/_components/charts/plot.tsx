import { useTranslations } from "next-intl";
import type { CSSProperties, ReactNode } from "react";
import { ChartReader, type ReadablePoint } from "./chart-reader";
import { GRID } from "./palette";

// Charts drawn on the server as one SVG (docs/decisions/0085): a few <path> elements whatever the
// number of points, no chart library in the browser. The plot stretches to its box
// (preserveAspectRatio="none") in a 0–1000 square of its own; strokes keep their width in screen
// pixels (non-scaling-stroke), and point markers are zero-length strokes whose round or square
// caps stay round and square however the box is stretched. Axis labels are HTML beside the plot,
// so they keep the page's type size at 375 px and at 1280 px.

export const SPAN = 1000;

/** Where the plot sits in its box: room for the value labels on the left and the dates below. */
const PLOT_INSET: CSSProperties = { top: "0.5rem", right: "0.75rem", bottom: "1.75rem", left: "2.5rem" };

export type Tick = { at: number; label: string };

/** The centre of point `index` of `count` along the x axis, in plot units: bands, like bar charts. */
export const xOf = (index: number, count: number) => ((index + 0.5) / count) * SPAN;

/** A value's height in plot units (0 at the top) for a value axis from `min` to `max`. */
export const yScale = (min: number, max: number) => (value: number) => SPAN - ((value - min) / (max - min)) * SPAN;

/** About `wanted` labels along the x axis, evenly spread over `labels`. */
export function xTicks(labels: readonly string[], wanted = 5): Tick[] {
  const step = Math.max(1, Math.ceil(labels.length / wanted));
  return labels.flatMap((label, index) => (index % step === 0 ? [{ at: xOf(index, labels.length) / SPAN, label }] : []));
}

/** Round steps (1, 2, 5, 10, 20, …) from 0 up to at least `max`, at most `most` + 1 of them. */
export function countTicks(max: number, most = 5): number[] {
  const top = Math.max(1, max);
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => top / s <= most) ?? Math.ceil(top / most);
  return Array.from({ length: Math.ceil(top / step) + 1 }, (_, index) => index * step);
}

/** A polyline through the points that have a value, broken where one has none (a gap, not a zero). */
export function linePath(values: readonly (number | null)[], y: (value: number) => number): string {
  let d = "";
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    d += `${drawing ? "L" : "M"}${xOf(index, values.length).toFixed(1)} ${y(value).toFixed(1)}`;
    drawing = true;
  });
  return d;
}

/** One marker per value, drawn as a zero-length stroke: its cap is the marker. */
export function markerPath(values: readonly (number | null)[], y: (value: number) => number): string {
  return values.map((value, index) => (value === null ? "" : `M${xOf(index, values.length).toFixed(1)} ${y(value).toFixed(1)}h0`)).join("");
}

/** Horizontal lines across the plot at these heights (plot units). */
export const gridPath = (heights: readonly number[]) => heights.map((h) => `M0 ${h.toFixed(1)}H${SPAN}`).join("");

export function Plot({
  summary,
  yTicks,
  xLabels,
  reader,
  notes,
  children,
}: {
  summary: string;
  /** Value labels: `at` is the height in plot units. */
  yTicks: Tick[];
  xLabels: Tick[];
  /** The points a pointer or the arrow keys can read, with the page each one opens. */
  reader?: { label: string; points: ReadablePoint[] };
  /** Labels written inside the plot, e.g. the ±2.2 °C lines; `at` in plot units. */
  notes?: (Tick & { colour: string; below?: boolean })[];
  children: ReactNode;
}) {
  return (
    <div className="relative h-64 w-full min-w-0 print:h-56">
      <div role="img" aria-label={summary} className="absolute inset-0">
        <div className="absolute" style={PLOT_INSET}>
          <svg viewBox={`0 0 ${SPAN} ${SPAN}`} preserveAspectRatio="none" className="h-full w-full overflow-visible" aria-hidden="true">
            <path d={gridPath(yTicks.map((tick) => tick.at))} stroke={GRID} strokeWidth={1} vectorEffect="non-scaling-stroke" fill="none" />
            {children}
          </svg>
          {yTicks.map((tick) => (
            <span key={tick.label} className="absolute right-full mr-1.5 -translate-y-1/2 text-xs text-slate-700" style={{ top: `${(tick.at / SPAN) * 100}%` }}>
              {tick.label}
            </span>
          ))}
          {/* On a phone, every other date: five month names ("Aug 2023") do not fit side by side in 375 px. */}
          {xLabels.map((tick, index) => (
            <span
              key={`${tick.at}`}
              className={`absolute top-full mt-1 -translate-x-1/2 text-xs whitespace-nowrap text-slate-700 ${index % 2 === 1 ? "max-sm:hidden" : ""}`}
              style={{ left: `${tick.at * 100}%` }}
            >
              {tick.label}
            </span>
          ))}
          {notes?.map((note) => (
            <span key={note.label} className={`absolute right-1 text-xs font-semibold ${note.below ? "" : "-translate-y-full"}`} style={{ top: `${(note.at / SPAN) * 100}%`, color: note.colour }}>
              {note.label}
            </span>
          ))}
        </div>
      </div>
      {reader && reader.points.length > 0 ? <ChartReader label={reader.label} points={reader.points} style={PLOT_INSET} /> : null}
    </div>
  );
}

/** The key under a chart, in words, each with the mark it has in the chart. */
export function Legend({ items }: { items: { label: string; mark: ReactNode }[] }) {
  const t = useTranslations("charts");
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base" aria-label={t("key")}>
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-2">
          <svg viewBox="0 0 24 12" className="h-3 w-6 shrink-0" aria-hidden="true">
            {item.mark}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
