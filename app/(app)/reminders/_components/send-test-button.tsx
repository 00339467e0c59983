"use client";

import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import type { FormStatus } from "@/app/_components/use-action-form";
import { sendTestAction } from "../actions";

/** "Send a test now", its answer beside it. */
export function SendTestButton({ reminderId }: { reminderId: string }) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<FormStatus>();
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        pendingLabel="Sending…"
        onClick={() =>
          startTransition(async () => {
            const result = await sendTestAction({ reminderId });
            setStatus(result.ok ? { tone: "success", text: "A test email is on its way. Check your inbox." } : { tone: "error", text: result.formError ?? "The test email could not be sent. Check your connection, then press the button again." });
          })
        }
      >
        Send a test email
      </Button>
      <FormStatusNotice status={status} />
    </div>
  );
}
