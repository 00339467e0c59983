"use client";

import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions";
import { Button } from "./button";
import { FormStatusNotice } from "./form-status";
import type { FormStatus } from "./use-action-form";

/**
 * A button that runs one server action, with its answer beside it: the action's own message when
 * it fails (or `failed` when it gives none), `succeeded` when it works, if there is one to say.
 */
export function ActionButton({
  action,
  succeeded,
  failed,
  onSuccess,
  pendingLabel,
  children,
}: {
  action: () => Promise<ActionResult<unknown>>;
  succeeded?: string;
  failed: string;
  onSuccess?: () => void;
  pendingLabel?: string;
  children: ReactNode;
}) {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<FormStatus>();
  return (
    <div className="flex flex-col gap-2">
      <Button
        type="button"
        variant="secondary"
        pending={pending}
        pendingLabel={pendingLabel}
        onClick={() =>
          startTransition(async () => {
            const result = await action();
            if (!result.ok) return setStatus({ tone: "error", text: result.formError ?? failed });
            setStatus(succeeded ? { tone: "success", text: succeeded } : undefined);
            onSuccess?.();
          })
        }
      >
        {children}
      </Button>
      <FormStatusNotice status={status} />
    </div>
  );
}
