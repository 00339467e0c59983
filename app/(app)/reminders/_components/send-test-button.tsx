"use client";

import { ActionButton } from "@/app/_components/action-button";
import { sendTestAction } from "../actions";

/** "Send a test now", its answer beside it. */
export function SendTestButton({ reminderId }: { reminderId: string }) {
  return (
    <ActionButton
      action={() => sendTestAction({ reminderId })}
      pendingLabel="Sending…"
      succeeded="A test email is on its way. Check your inbox."
      failed="The test email could not be sent. Check your connection, then press the button again."
    >
      Send a test email
    </ActionButton>
  );
}
