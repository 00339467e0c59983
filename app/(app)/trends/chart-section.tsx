import type { ReactNode } from "react";

/** One chart on the dashboard: its heading, its one-sentence summary, then the chart and table. */
export function ChartSection({ id, title, summary, children }: { id: string; title: string; summary: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4 break-inside-avoid sm:p-5">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      <p className="text-lg" data-testid={`${id}-summary`}>
        {summary}
      </p>
      {children}
    </section>
  );
}

/** Shown instead of a chart that would mislead with too few points. */
export function TooFewPoints({ children }: { children: ReactNode }) {
  return <p className="rounded-md border-2 border-dashed border-slate-400 p-3 text-slate-700">{children}</p>;
}
