"use client";

import { useState, type ReactNode } from "react";
import { Button, ButtonLink } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { setupCodeSchema } from "@/lib/two-step/schemas";
import { confirmTwoStepAction } from "../_security/actions";
import { RecoveryCodes } from "../_security/recovery-codes";

/** The set-up steps and the first code; once it is on, only the recovery codes (the key is not shown again). */
export function SetupForm({ instructions }: { instructions: ReactNode }) {
  const [codes, setCodes] = useState<string[]>();
  const form = useActionForm({
    schema: setupCodeSchema,
    defaultValues: { code: "" },
    action: confirmTwoStepAction,
    onSuccess: (made) => setCodes(made),
  });

  if (codes) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="text-lg font-semibold">
          Two-step sign-in is on. From now on, signing in with your password or an email link also asks for a code from the app.
        </p>
        <RecoveryCodes codes={codes} />
        <ButtonLink href="/settings" className="self-start">
          I have kept my recovery codes
        </ButtonLink>
      </div>
    );
  }
  return (
    <>
      {instructions}
      <form onSubmit={form.onSubmit} noValidate className="flex flex-col gap-4" aria-label="Confirm the code">
        <FormStatusNotice status={form.status} />
        <FormField
          id="setup-code"
          label="Code from the app"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          error={form.formState.errors.code?.message}
          {...form.register("code")}
        />
        <Button type="submit" className="self-start" pending={form.formState.isSubmitting} pendingLabel="Checking…">
          Turn on two-step sign-in
        </Button>
      </form>
    </>
  );
}
