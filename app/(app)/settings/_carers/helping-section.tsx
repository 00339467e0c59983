"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import { leaveJournalAction } from "./actions";

export type HelpingRow = { journalId: string; name: string; role: string };

/** The journals I help with, and a way to stop. */
export function HelpingSection({ journals }: { journals: HelpingRow[] }) {
  const t = useTranslations("carers");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ journalId: string; tone: "error" | "success"; text: string }>();
  if (journals.length === 0) return null;
  return (
    <section aria-labelledby="helping-heading" className="flex flex-col gap-4">
      <h2 id="helping-heading" className="text-2xl font-bold">
        {t("helpingTitle")}
      </h2>
      <ul className="flex flex-col gap-3">
        {journals.map((journal) => (
          <li key={journal.journalId} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 p-4">
            <p>
              <strong>{journal.name}</strong> · {journal.role}
            </p>
            <Button
              variant="danger"
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await leaveJournalAction({ journalId: journal.journalId });
                  setStatus(result.ok ? { journalId: journal.journalId, tone: "success", text: t("left", { name: journal.name }) } : { journalId: journal.journalId, tone: "error", text: result.formError ?? t("failed") });
                  if (result.ok) router.refresh();
                })
              }
            >
              {t("stopHelping", { name: journal.name })}
            </Button>
            {status?.journalId === journal.journalId ? <FormStatusNotice status={status} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
