import type { ReactNode } from "react";

/**
 * The frame every chart is drawn in: a fixed height so the page does not jump while the chart
 * loads, and one accessible name (the chart's summary) instead of hundreds of unlabelled shapes;
 * the table beside each chart carries the same figures for screen readers and keyboards.
 */
export function ChartBox({ summary, children }: { summary: string; children?: ReactNode }) {
  return (
    <div role="img" aria-label={summary} className="h-64 w-full min-w-0 print:h-56">
      {children}
    </div>
  );
}
