"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { useReadMessage } from "@/app/_components/use-read-message";
import { passkeyConfirmationOptionsAction } from "./actions";

/**
 * "It is you": the password field, and for someone with a passkey, a button that confirms with it
 * instead and then sends the form (the passkey's answer goes in the form's `passkey` value).
 */
export function IdentityCheck({
  id,
  label,
  error,
  hasPasskeys,
  registration,
  submitWithPasskey,
  disabled,
}: {
  id: string;
  label: string;
  error?: string;
  hasPasskeys: boolean;
  registration: UseFormRegisterReturn;
  submitWithPasskey: (passkey: string) => Promise<void>;
  disabled?: boolean;
}) {
  const t = useTranslations("passkeys");
  const read = useReadMessage();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();

  const usePasskey = async () => {
    setProblem(undefined);
    setPending(true);
    try {
      // The WebAuthn helper (14 kB of script) loads when a passkey is used, alongside the options, not with the page.
      const [options, webAuthn] = await Promise.all([passkeyConfirmationOptionsAction({}), import("@simplewebauthn/browser").catch(() => null)]);
      if (!options.ok) return setProblem(options.formError);
      const response = webAuthn ? await webAuthn.startAuthentication({ optionsJSON: options.data }).catch(() => null) : null;
      if (!response) return setProblem(t("cancelled"));
      await submitWithPasskey(JSON.stringify(response));
    } finally {
      setPending(false);
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <FormField id={id} label={label} type="password" autoComplete="current-password" error={error} {...registration} />
      {hasPasskeys ? (
        <>
          <Button type="button" variant="secondary" className="self-start" onClick={usePasskey} disabled={disabled} pending={pending} pendingLabel={t("waiting")}>
            {t("usePasskey")}
          </Button>
          {problem ? <Notice tone="error">{read(problem)}</Notice> : null}
        </>
      ) : null}
    </div>
  );
}

/** For a form with `currentPassword` and `passkey`: send it with a passkey's answer in place of the password. */
export function passkeySubmitter(form: { setValue: (name: "passkey", value: string | undefined) => void; onSubmit: () => Promise<void> }) {
  return async (passkey: string) => {
    form.setValue("passkey", passkey);
    try {
      await form.onSubmit();
    } finally {
      form.setValue("passkey", undefined);
    }
  };
}
