"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { openJournalAction } from "./actions";

/** Opens a journal in this browser, then goes to the page given, with every page re-read for it. */
export function useOpenJournal() {
  const router = useRouter();
  const t = useTranslations("journals");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const open = (journalId: string, destination: string) =>
    startTransition(async () => {
      const result = await openJournalAction({ journalId });
      if (!result.ok) return setError(result.formError ?? t("notOpened"));
      setError(undefined);
      router.push(destination);
      router.refresh();
    });
  return { open, pending, error };
}
