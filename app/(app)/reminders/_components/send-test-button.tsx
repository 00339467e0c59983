"use client";

import { useTranslations } from "next-intl";
import { ActionButton } from "@/app/_components/action-button";
import { sendTestAction } from "../actions";

/** "Send a test now", its answer beside it. */
export function SendTestButton({ reminderId }: { reminderId: string }) {
  const t = useTranslations("reminders.sendTest");
  return (
    <ActionButton
      action={() => sendTestAction({ reminderId })}
      pendingLabel={t("sending")}
      succeeded={t("sent")}
      failed={t("failed")}
    >
      {t("button")}
    </ActionButton>
  );
}
