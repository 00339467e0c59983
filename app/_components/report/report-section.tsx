import type { ReactNode } from "react";

/** One titled part of the report; `keep` holds it on one printed page when it fits. */
export function ReportSection({ id, title, keep, children }: { id: string; title: ReactNode; keep?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${keep ? "report-keep " : ""}flex flex-col gap-2`}>
      <h3 id={id} className="text-xl font-bold">
        {title}
      </h3>
      {children}
    </section>
  );
}
