"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/app/_components/action-button";
import { finishSetupAction } from "@/app/(app)/welcome/actions";

/** "No thanks": Today stops offering the setup; Settings and Reminders still hold everything it asks. */
export function PutSetupAside() {
  const router = useRouter();
  const t = useTranslations("today");
  return (
    <ActionButton action={() => finishSetupAction({})} failed={t("notSaved")} onSuccess={() => router.refresh()}>
      {t("setupHide")}
    </ActionButton>
  );
}
