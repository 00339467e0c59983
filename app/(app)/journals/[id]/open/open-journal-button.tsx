"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useOpenJournal } from "../../../_journals/use-open-journal";

/** Opens the journal in this browser, then the page the link was for. */
export function OpenJournalButton({ journalId, label, destination }: { journalId: string; label: string; destination: string }) {
  const { open, pending, error } = useOpenJournal();
  const t = useTranslations("journals");
  return (
    <>
      <Button onClick={() => open(journalId, destination)} pending={pending} pendingLabel={t("opening")}>
        {label}
      </Button>
      {error ? <FormStatusNotice status={{ tone: "error", text: error }} /> : null}
    </>
  );
}
