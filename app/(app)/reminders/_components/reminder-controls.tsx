"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button, ButtonLink } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import type { ActionResult } from "@/lib/actions";
import { deleteReminderAction, sendTestAction, setReminderActiveAction } from "../actions";

/** Edit, pause or resume, send a test now, delete: each says what happened beside the reminder. */
export function ReminderControls({ reminderId, active, title }: { reminderId: string; active: boolean; title: string }) {
  const t = useTranslations("reminders.controls");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();

  const run = (work: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.formError ?? t("notSaved") });
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/reminders/${reminderId}/edit`} variant="secondary" aria-label={t("editLabel", { title })}>
          {t("edit")}
        </ButtonLink>
        <Button variant="secondary" pending={pending} onClick={() => run(() => sendTestAction({ reminderId }), t("testSent"))}>
          {t("sendTest")}
        </Button>
        <Button variant="secondary" pending={pending} onClick={() => run(() => setReminderActiveAction({ reminderId, active: !active }), t(active ? "pausedDone" : "resumedDone"))}>
          {t(active ? "pause" : "resume")}
        </Button>
        <ConfirmDialog
          trigger={{ label: t("delete"), ariaLabel: t("deleteLabel", { title }), disabled: pending }}
          title={t("deleteTitle", { title })}
          confirmLabel={t("deleteConfirm")}
          pendingLabel={t("deleting")}
          cancelLabel={t("keep")}
          onConfirm={async () => {
            const result = await deleteReminderAction({ reminderId });
            if (!result.ok) return result.formError ?? t("deleteFailed");
            router.refresh();
          }}
        >
          <p>{t("deleteText")}</p>
        </ConfirmDialog>
      </div>
      <FormStatusNotice status={message} />
    </div>
  );
}
