"use client";

import { useRouter } from "next/navigation";
import { ActionButton } from "@/app/_components/action-button";
import { finishSetupAction } from "@/app/(app)/welcome/actions";

/** "No thanks": Today stops offering the setup; Settings and Reminders still hold everything it asks. */
export function PutSetupAside() {
  const router = useRouter();
  return (
    <ActionButton action={() => finishSetupAction({})} failed="That was not saved. Check your connection, then press the button again." onSuccess={() => router.refresh()}>
      No thanks, hide this
    </ActionButton>
  );
}
