"use client";

import { startRegistration } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Notice } from "@/app/_components/notice";
import { useActionForm } from "@/app/_components/use-action-form";
import { addPasskeyAction, passkeyRegistrationOptionsAction, removePasskeyAction } from "./actions";
import { IdentityCheck, passkeySubmitter } from "./identity-check";

export type PasskeyRow = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

const NOT_CREATED = "No passkey was made (it was cancelled, took too long, or this device cannot make one). Nothing was changed.";

export function PasskeysPanel({ passkeys }: { passkeys: PasskeyRow[] }) {
  const router = useRouter();
  const [removing, startRemoving] = useTransition();
  const [listStatus, setListStatus] = useState<{ tone: "error" | "success"; text: string }>();

  const form = useActionForm({
    schema: () => import("./new-passkey-schema").then((schemas) => schemas.newPasskeySchema),
    defaultValues: { name: "", currentPassword: "" },
    action: async ({ name, currentPassword, passkey }) => {
      const options = await passkeyRegistrationOptionsAction({ currentPassword, passkey });
      if (!options.ok) return options;
      const response = await startRegistration({ optionsJSON: options.data }).catch(() => null);
      if (!response) return { ok: false as const, formError: NOT_CREATED };
      return addPasskeyAction({ name, response: JSON.stringify(response) });
    },
    onSuccess: (_, values): string => {
      form.reset();
      router.refresh();
      return `The passkey “${values.name}” was added. Next time, choose “Sign in with a passkey” on the sign-in page.`;
    },
  });

  const remove = (passkey: PasskeyRow) =>
    startRemoving(async () => {
      const result = await removePasskeyAction({ passkeyId: passkey.id });
      setListStatus(result.ok ? { tone: "success", text: `The passkey “${passkey.name}” was removed. It can no longer sign in.` } : { tone: "error", text: result.formError ?? "It could not be removed." });
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-4">
      <h3 className="text-xl font-bold">Passkeys</h3>
      <p>A passkey lets you sign in with your phone or computer’s fingerprint, face or PIN, instead of typing your password.</p>
      {listStatus ? <Notice tone={listStatus.tone}>{listStatus.text}</Notice> : null}
      {passkeys.length === 0 ? (
        <p className="text-slate-700">You have no passkeys yet. Add one below on the phone or computer you use most.</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label="Your passkeys">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 p-4">
              <div>
                <p className="font-semibold">{passkey.name}</p>
                <p className="text-base text-slate-700">
                  Added {passkey.createdAt} · {passkey.lastUsedAt ? `last used ${passkey.lastUsedAt}` : "not used yet"}
                </p>
              </div>
              <Button variant="danger" disabled={removing} onClick={() => remove(passkey)} aria-label={`Remove the passkey ${passkey.name}`}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={form.onSubmit} onFocus={form.preloadSchema} onPointerDown={form.preloadSchema} noValidate className="flex flex-col gap-4 rounded-md border border-slate-300 p-4" aria-labelledby="add-passkey-heading">
        <h4 id="add-passkey-heading" className="text-lg font-bold">
          Add a passkey
        </h4>
        <FormField
          id="passkey-name"
          label="A name for it"
          hint="So you can tell your passkeys apart, such as “My phone” or “Kitchen laptop”."
          maxLength={60}
          error={form.formState.errors.name?.message}
          {...form.register("name")}
        />
        <IdentityCheck
          id="passkey-password"
          label="To confirm it is you, enter your password"
          error={form.formState.errors.currentPassword?.message}
          hasPasskeys={passkeys.length > 0}
          registration={form.register("currentPassword")}
          submitWithPasskey={passkeySubmitter({ setValue: (name, value) => form.setValue(name, value), onSubmit: form.onSubmit })}
          disabled={form.formState.isSubmitting}
        />
        <Button type="submit" className="self-start" pending={form.formState.isSubmitting} pendingLabel="Follow your device’s steps…">
          Add a passkey
        </Button>
        <FormStatusNotice status={form.status} />
      </form>
    </div>
  );
}
