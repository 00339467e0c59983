"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button, type ButtonVariant } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import type { ActionResult } from "@/lib/actions";
import type { IdentityProof } from "@/lib/auth/schemas";
import { IdentityCheck, passkeySubmitter } from "./identity-check";

/**
 * A change to how the account is protected: the button opens a small form that asks for the
 * password (or a passkey) first, then runs the action.
 */
export function ConfirmedAction<Data>({
  id,
  label,
  pendingLabel,
  variant = "secondary",
  explanation,
  hasPasskeys,
  action,
  onDone,
}: {
  id: string;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  explanation?: string;
  hasPasskeys: boolean;
  action: (proof: IdentityProof) => Promise<ActionResult<Data>>;
  onDone: (data: Data) => string | void | Promise<string | void>;
}) {
  const t = useTranslations("passkeys");
  const [open, setOpen] = useState(false);
  const form = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.identitySchema),
    defaultValues: { currentPassword: "" },
    action,
    onSuccess: async (data): Promise<string | void> => {
      form.reset();
      setOpen(false);
      return onDone(data);
    },
  });

  // Opening the form by keyboard puts the cursor where the password goes.
  const { setFocus } = form;
  useEffect(() => {
    if (open) setFocus("currentPassword");
  }, [open, setFocus]);

  if (!open) {
    return (
      <div className="flex flex-col gap-3">
        <Button type="button" variant={variant} className="self-start" onClick={() => setOpen(true)}>
          {label}
        </Button>
        <FormStatusNotice status={form.status} />
      </div>
    );
  }
  return (
    <form onSubmit={form.onSubmit} onFocus={form.preloadSchema} onPointerDown={form.preloadSchema} noValidate className="flex flex-col gap-3 rounded-md border border-slate-300 p-4" aria-label={label}>
      {explanation ? <p>{explanation}</p> : null}
      <IdentityCheck
        id={`${id}-password`}
        label={t("confirmIdentity")}
        error={form.formState.errors.currentPassword?.message}
        hasPasskeys={hasPasskeys}
        registration={form.register("currentPassword")}
        submitWithPasskey={passkeySubmitter({ setValue: (name, value) => form.setValue(name, value), onSubmit: form.onSubmit })}
        disabled={form.formState.isSubmitting}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant={variant} pending={form.formState.isSubmitting} pendingLabel={pendingLabel}>
          {label}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          {t("cancel")}
        </Button>
      </div>
      <FormStatusNotice status={form.status} />
    </form>
  );
}
