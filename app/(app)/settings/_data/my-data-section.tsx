"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { formatDecimal } from "@/lib/i18n/format";
import { signOutOfThisDevice } from "@/lib/offline/sign-out-of-this-device";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Notice } from "@/app/_components/notice";
import { useActionForm } from "@/app/_components/use-action-form";
import { IdentityCheck, passkeySubmitter } from "../_security/identity-check";
import { deleteAccountAction } from "./actions";

/** Settings: take all your data with you, or delete the account. */
export function MyDataSection({ email, hasPasskeys, heldNames }: { email: string; hasPasskeys: boolean; heldNames: string[] }) {
  const t = useTranslations("account");
  return (
    <section aria-labelledby="my-data-heading" className="flex flex-col gap-6">
      <h2 id="my-data-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <DownloadAll />
      <div className="flex flex-col gap-2">
        <h3 className="text-xl font-bold">{t("formats")}</h3>
        <ul className="flex flex-col gap-2">
          <li>
            <a className="font-semibold text-brand-700 underline" href="/api/export/csv?of=entries" download>
              {t("csvEntries")}
            </a>
          </li>
          <li>
            <a className="font-semibold text-brand-700 underline" href="/api/export/csv?of=observations" download>
              {t("csvObservations")}
            </a>
          </li>
          <li>
            <a className="font-semibold text-brand-700 underline" href="/api/export/csv?of=temperatures" download>
              {t("csvTemperatures")}
            </a>
          </li>
          <li>
            <a className="font-semibold text-brand-700 underline" href="/api/export/fhir" download>
              {t("fhir")}
            </a>
          </li>
        </ul>
      </div>
      <DeleteAccount email={email} hasPasskeys={hasPasskeys} heldNames={heldNames} />
    </section>
  );
}

function DownloadAll() {
  const t = useTranslations("account");
  const locale = useLocale();
  const [progress, setProgress] = useState<{ received: number; total: number | null } | null>(null);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();

  const download = async () => {
    setMessage(undefined);
    setProgress({ received: 0, total: null });
    try {
      const response = await fetch("/api/export/zip");
      if (!response.ok || !response.body) throw new Error("failed");
      const total = Number(response.headers.get("content-length")) || null;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.length;
        setProgress({ received, total });
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "footnote-my-data.zip";
      const url = URL.createObjectURL(new Blob(chunks, { type: "application/zip" }));
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ tone: "success", text: t("downloaded") });
    } catch {
      setMessage({ tone: "error", text: t("stopped") });
    } finally {
      setProgress(null);
    }
  };

  const percent = progress?.total ? Math.floor((progress.received / progress.total) * 100) : null;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-xl font-bold">{t("downloadTitle")}</h3>
      <p>{t("downloadText")}</p>
      <Button type="button" variant="secondary" className="self-start" onClick={download} pending={progress !== null} pendingLabel={t("downloading")}>
        {t("download")}
      </Button>
      {progress ? (
        <div role="status" className="flex flex-col gap-1">
          <label htmlFor="zip-progress">
            {percent === null ? t("preparing") : t("progress", { percent })}
            {t("size", { size: formatDecimal(progress.received / 1_048_576, locale) })}
          </label>
          <progress id="zip-progress" className="h-3 w-full max-w-sm" max={100} value={percent ?? undefined} />
        </div>
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}

function DeleteAccount({ email, hasPasskeys, heldNames }: { email: string; hasPasskeys: boolean; heldNames: string[] }) {
  const t = useTranslations("account");
  const router = useRouter();
  const locale = useLocale();
  const form = useActionForm({
    schema: () => import("@/lib/account/schemas").then((schemas) => schemas.deleteAccountSchema),
    defaultValues: { currentPassword: "" },
    action: deleteAccountAction,
    onSuccess: async () => {
      // The account and its sessions are gone on the server already (see sessions-list.tsx).
      await signOutOfThisDevice("/?account=deleted", { sessionEnded: true }).catch(() => router.replace("/?account=deleted"));
    },
  });

  return (
    <form onSubmit={form.onSubmit} onFocus={form.preloadSchema} onPointerDown={form.preloadSchema} noValidate className="flex flex-col gap-3 rounded-md border-2 border-red-800 p-4 [overflow-wrap:anywhere]" aria-labelledby="delete-account-heading">
      <h3 id="delete-account-heading" className="text-xl font-bold text-red-900">
        {t("deleteTitle")}
      </h3>
      <p>{t("deleteText")}</p>
      {heldNames.length > 0 ? (
        <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-semibold" data-testid="held-warning">
          {t("heldWarning", { count: heldNames.length, names: new Intl.ListFormat(locale, { type: "conjunction" }).format(heldNames) })}
        </p>
      ) : null}
      <IdentityCheck
        id="delete-account-password"
        label={t("confirmPassword", { email })}
        error={form.formState.errors.currentPassword?.message}
        hasPasskeys={hasPasskeys}
        registration={form.register("currentPassword")}
        submitWithPasskey={passkeySubmitter({ setValue: (name, value) => form.setValue(name, value), onSubmit: form.onSubmit })}
        disabled={form.formState.isSubmitting}
      />
      <Button type="submit" variant="danger" className="self-start" pending={form.formState.isSubmitting} pendingLabel={t("deleting")}>
        {t("delete")}
      </Button>
      <FormStatusNotice status={form.status} />
    </form>
  );
}
