"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import type { FormStatus } from "@/app/_components/use-action-form";
import { finishSetupAction } from "@/app/(app)/welcome/actions";

/** "No thanks": Today stops offering the setup; Settings and Reminders still hold everything it asks. */
export function PutSetupAside() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<FormStatus>();
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await finishSetupAction({});
            if (!result.ok) return setStatus({ tone: "error", text: result.formError ?? "That was not saved. Check your connection, then press the button again." });
            router.refresh();
          })
        }
      >
        No thanks, hide this
      </Button>
      <FormStatusNotice status={status} />
    </div>
  );
}
