"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import type { FormStatus } from "@/app/_components/use-action-form";
import { finishSetupAction } from "./actions";

export function FinishSetupButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<FormStatus>();
  return (
    <div className="flex flex-col items-start gap-3">
      <Button
        type="button"
        pending={pending}
        pendingLabel="Finishing…"
        onClick={() =>
          startTransition(async () => {
            const result = await finishSetupAction({});
            if (!result.ok) return setStatus({ tone: "error", text: result.formError ?? "That was not saved. Check your connection, then press the button again." });
            router.push("/today");
            router.refresh();
          })
        }
      >
        Finish and go to Today
      </Button>
      <FormStatusNotice status={status} />
    </div>
  );
}
