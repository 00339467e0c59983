"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Notice } from "@/app/_components/notice";
import { useActionForm } from "@/app/_components/use-action-form";
import { useReadMessage } from "@/app/_components/use-read-message";
import { addPasskeyAction, passkeyRegistrationOptionsAction, removePasskeyAction } from "./actions";
import { IdentityCheck, passkeySubmitter } from "./identity-check";

export type PasskeyRow = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

export function PasskeysPanel({ passkeys }: { passkeys: PasskeyRow[] }) {
  const t = useTranslations("passkeys");
  const read = useReadMessage();
  const router = useRouter();
  const [removing, startRemoving] = useTransition();
  const [listStatus, setListStatus] = useState<{ tone: "error" | "success"; text: string }>();

  const form = useActionForm({
    schema: () => import("./new-passkey-schema").then((schemas) => schemas.newPasskeySchema),
    defaultValues: { name: "", currentPassword: "" },
    action: async ({ name, currentPassword, passkey }) => {
      // The WebAuthn helper (14 kB of script) loads when a passkey is used, alongside the options, not with the page.
      const [options, webAuthn] = await Promise.all([passkeyRegistrationOptionsAction({ currentPassword, passkey }), import("@simplewebauthn/browser").catch(() => null)]);
      if (!options.ok) return options;
      const response = webAuthn ? await webAuthn.startRegistration({ optionsJSON: options.data }).catch(() => null) : null;
      if (!response) return { ok: false as const, formError: t("notCreated") };
      return addPasskeyAction({ name, response: JSON.stringify(response) });
    },
    onSuccess: (_, values): string => {
      form.reset();
      router.refresh();
      return t("added", { name: values.name });
    },
  });

  const remove = (passkey: PasskeyRow) =>
    startRemoving(async () => {
      const result = await removePasskeyAction({ passkeyId: passkey.id });
      setListStatus(result.ok ? { tone: "success", text: t("removed", { name: passkey.name }) } : { tone: "error", text: read(result.formError) ?? t("notRemoved") });
      router.refresh();
    });

  return (
    <div className="flex flex-col gap-4">
      <h3 className="text-xl font-bold">{t("title")}</h3>
      <p>{t("intro")}</p>
      {listStatus ? <Notice tone={listStatus.tone}>{listStatus.text}</Notice> : null}
      {passkeys.length === 0 ? (
        <p className="text-slate-700">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("list")}>
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 p-4">
              <div>
                <p className="font-semibold">{passkey.name}</p>
                <p className="text-base text-slate-700">
                  {t("addedOn", { date: passkey.createdAt })}
                  {passkey.lastUsedAt ? t("lastUsed", { when: passkey.lastUsedAt }) : t("notUsed")}
                </p>
              </div>
              <Button variant="danger" disabled={removing} onClick={() => remove(passkey)} aria-label={t("removeLabel", { name: passkey.name })}>
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={form.onSubmit} onFocus={form.preloadSchema} onPointerDown={form.preloadSchema} noValidate className="flex flex-col gap-4 rounded-md border border-slate-300 p-4" aria-labelledby="add-passkey-heading">
        <h4 id="add-passkey-heading" className="text-lg font-bold">
          {t("add")}
        </h4>
        <FormField
          id="passkey-name"
          label={t("name")}
          hint={t("nameHint")}
          maxLength={60}
          error={form.formState.errors.name?.message}
          {...form.register("name")}
        />
        <IdentityCheck
          id="passkey-password"
          label={t("confirmIdentity")}
          error={form.formState.errors.currentPassword?.message}
          hasPasskeys={passkeys.length > 0}
          registration={form.register("currentPassword")}
          submitWithPasskey={passkeySubmitter({ setValue: (name, value) => form.setValue(name, value), onSubmit: form.onSubmit })}
          disabled={form.formState.isSubmitting}
        />
        <Button type="submit" className="self-start" pending={form.formState.isSubmitting} pendingLabel={t("adding")}>
          {t("add")}
        </Button>
        <FormStatusNotice status={form.status} />
      </form>
    </div>
  );
}
