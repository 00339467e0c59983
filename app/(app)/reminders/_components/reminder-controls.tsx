"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button, ButtonLink } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import type { ActionResult } from "@/lib/actions";
import { deleteReminderAction, sendTestAction, setReminderActiveAction } from "../actions";

/** Edit, pause or resume, send a test now, delete: each says what happened beside the reminder. */
export function ReminderControls({ reminderId, active, title }: { reminderId: string; active: boolean; title: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();

  const run = (work: () => Promise<ActionResult<unknown>>, done: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { tone: "success", text: done } : { tone: "error", text: result.formError ?? "That was not saved. Check your connection, then press the button again." });
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/reminders/${reminderId}/edit`} variant="secondary" aria-label={`Edit ${title}`}>
          Edit
        </ButtonLink>
        <Button variant="secondary" pending={pending} onClick={() => run(() => sendTestAction({ reminderId }), "A test email is on its way. Check your inbox.")}>
          Send a test now
        </Button>
        <Button variant="secondary" pending={pending} onClick={() => run(() => setReminderActiveAction({ reminderId, active: !active }), active ? "Paused." : "Resumed.")}>
          {active ? "Pause" : "Resume"}
        </Button>
        <ConfirmDialog
          trigger={{ label: "Delete", ariaLabel: `Delete ${title}`, disabled: pending }}
          title={`Delete the reminder “${title}”?`}
          confirmLabel="Yes, delete it"
          pendingLabel="Deleting…"
          cancelLabel="Keep it"
          onConfirm={async () => {
            const result = await deleteReminderAction({ reminderId });
            if (!result.ok) return result.formError ?? "The reminder was not deleted. Check your connection, then press the button again.";
            router.refresh();
          }}
        >
          <p>No more reminders of it will be sent. This cannot be undone.</p>
        </ConfirmDialog>
      </div>
      <FormStatusNotice status={message} />
    </div>
  );
}
