import type { ReactNode } from "react";

/** One part of the entry form, named by its heading ("when-heading" for id "when"). */
export function EntrySection({ id, title, spacious, children }: { id: string; title: string; spacious?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`flex flex-col ${spacious ? "gap-4" : "gap-3"}`}>
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
