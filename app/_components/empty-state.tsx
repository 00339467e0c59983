import type { ReactNode } from "react";
import { ButtonLink } from "./button";

/** What an empty page says: what will be here, and the next step to take. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: { href: string; label: string } }) {
  return (
    <section className="flex flex-col items-start gap-3 rounded-lg border-2 border-dashed border-slate-400 bg-white p-6">
      <h2 className="text-xl font-bold">{title}</h2>
      <div className="text-slate-700">{children}</div>
      {action ? (
        <ButtonLink href={action.href}>{action.label}</ButtonLink>
      ) : null}
    </section>
  );
}
