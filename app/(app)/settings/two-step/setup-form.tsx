"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button, ButtonLink } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { confirmTwoStepAction } from "../_security/actions";
import { RecoveryCodes } from "../_security/recovery-codes";

/** The set-up steps and the first code; once it is on, only the recovery codes (the key is not shown again). */
export function SetupForm({ instructions }: { instructions: ReactNode }) {
  const t = useTranslations("twoStep");
  const [codes, setCodes] = useState<string[]>();
  const form = useActionForm({
    schema: () => import("@/lib/two-step/schemas").then((schemas) => schemas.setupCodeSchema),
    defaultValues: { code: "" },
    action: confirmTwoStepAction,
    onSuccess: (made) => setCodes(made),
  });

  if (codes) {
    return (
      <div className="flex flex-col gap-4">
        <p role="status" className="text-lg font-semibold">
          {t("nowOn")}
        </p>
        <RecoveryCodes codes={codes} />
        <ButtonLink href="/settings" className="self-start">
          {t("keptCodes")}
        </ButtonLink>
      </div>
    );
  }
  return (
    <>
      {instructions}
      <form onSubmit={form.onSubmit} onFocus={form.preloadSchema} onPointerDown={form.preloadSchema} noValidate className="flex flex-col gap-4" aria-label={t("confirmLabel")}>
        <FormStatusNotice status={form.status} />
        <FormField
          id="setup-code"
          label={t("code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          error={form.formState.errors.code?.message}
          {...form.register("code")}
        />
        <Button type="submit" className="self-start" pending={form.formState.isSubmitting} pendingLabel={t("checking")}>
          {t("turnOn")}
        </Button>
      </form>
    </>
  );
}
