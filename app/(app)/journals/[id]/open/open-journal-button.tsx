"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import { openJournalAction } from "../../../_journals/actions";

/** Opens the journal in this browser, then the page the link was for. */
export function OpenJournalButton({ journalId, label, destination }: { journalId: string; label: string; destination: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const open = () =>
    startTransition(async () => {
      const result = await openJournalAction({ journalId });
      if (!result.ok) return setError(result.formError ?? "That journal could not be opened.");
      router.push(destination);
      router.refresh();
    });
  return (
    <>
      <Button onClick={open} pending={pending} pendingLabel="Opening…">
        {label}
      </Button>
      {error ? <FormStatusNotice status={{ tone: "error", text: error }} /> : null}
    </>
  );
}
