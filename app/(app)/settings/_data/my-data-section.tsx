"use client";

import { signOut } from "next-auth/react";
import { forgetThisDevice } from "@/lib/offline/forget-device";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Notice } from "@/app/_components/notice";
import { useActionForm } from "@/app/_components/use-action-form";
import { IdentityCheck, passkeySubmitter } from "../_security/identity-check";
import { deleteAccountAction } from "./actions";

/** Settings: take all your data with you, or delete the account. */
export function MyDataSection({ email, hasPasskeys, heldNames }: { email: string; hasPasskeys: boolean; heldNames: string[] }) {
  return (
    <section aria-labelledby="my-data-heading" className="flex flex-col gap-6">
      <h2 id="my-data-heading" className="text-2xl font-bold">
        Your data
      </h2>
      <DownloadAll />
      <div className="flex flex-col gap-2">
        <h3 className="text-xl font-bold">Spreadsheet and clinic formats</h3>
        <ul className="flex flex-col gap-2">
          <li>
            <a className="font-semibold text-brand-700 underline" href="/api/export/csv?of=entries" download>
              Checks as a spreadsheet (CSV)
            </a>
          </li>
          <li>
            <a className="font-semibold text-brand-700 underline" href="/api/export/csv?of=observations" download>
              Observations as a spreadsheet (CSV)
            </a>
          </li>
          <li>
            <a className="font-semibold text-brand-700 underline" href="/api/export/csv?of=temperatures" download>
              Skin temperatures as a spreadsheet (CSV)
            </a>
          </li>
          <li>
            <a className="font-semibold text-brand-700 underline" href="/api/export/fhir" download>
              For a clinic system (FHIR R4 JSON)
            </a>
          </li>
        </ul>
      </div>
      <DeleteAccount email={email} hasPasskeys={hasPasskeys} heldNames={heldNames} />
    </section>
  );
}

function DownloadAll() {
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
      setMessage({ tone: "success", text: "Your data is downloaded. Look for it in your Downloads folder." });
    } catch {
      setMessage({ tone: "error", text: "The download stopped. Please try again." });
    } finally {
      setProgress(null);
    }
  };

  const percent = progress?.total ? Math.floor((progress.received / progress.total) * 100) : null;
  return (
    <div className="flex flex-col gap-2">
      <h3 className="text-xl font-bold">Download all my data</h3>
      <p>One ZIP file with everything: your checks and observations (JSON and spreadsheet files), a FHIR file for clinic systems, and all your photos.</p>
      <Button type="button" variant="secondary" className="self-start" onClick={download} pending={progress !== null} pendingLabel="Downloading…">
        Download all my data
      </Button>
      {progress ? (
        <div role="status" className="flex flex-col gap-1">
          <label htmlFor="zip-progress">
            {percent === null ? "Preparing…" : `Downloading: ${percent}%`} ({(progress.received / 1_048_576).toFixed(1)} MB)
          </label>
          <progress id="zip-progress" className="h-3 w-full max-w-sm" max={100} value={percent ?? undefined} />
        </div>
      ) : null}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}

function DeleteAccount({ email, hasPasskeys, heldNames }: { email: string; hasPasskeys: boolean; heldNames: string[] }) {
  const form = useActionForm({
    schema: () => import("@/lib/account/schemas").then((schemas) => schemas.deleteAccountSchema),
    defaultValues: { currentPassword: "" },
    action: deleteAccountAction,
    onSuccess: async () => {
      await forgetThisDevice().catch(() => undefined);
      await signOut({ callbackUrl: "/?account=deleted" });
    },
  });

  return (
    <form onSubmit={form.onSubmit} onFocus={form.preloadSchema} onPointerDown={form.preloadSchema} noValidate className="flex flex-col gap-3 rounded-md border-2 border-red-800 p-4" aria-labelledby="delete-account-heading">
      <h3 id="delete-account-heading" className="text-xl font-bold text-red-900">
        Delete my account
      </h3>
      <p>
        This deletes your account and everything in it — checks, photos, questions, share links — at once and for good. The people who help you lose access, and are told. What you
        recorded in journals you help with stays there, shown as recorded by a former carer. Download your data first if you want to keep it.
      </p>
      {heldNames.length > 0 ? (
        <p className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-semibold" data-testid="held-warning">
          It also deletes the {heldNames.length === 1 ? "journal" : "journals"} you keep for {heldNames.join(", ")}, with every check and photo in {heldNames.length === 1 ? "it" : "them"}. Hand{" "}
          {heldNames.length === 1 ? "it" : "them"} over first if they should be kept.
        </p>
      ) : null}
      <IdentityCheck
        id="delete-account-password"
        label={`To confirm, enter the password of ${email}`}
        error={form.formState.errors.currentPassword?.message}
        hasPasskeys={hasPasskeys}
        registration={form.register("currentPassword")}
        submitWithPasskey={passkeySubmitter({ setValue: (name, value) => form.setValue(name, value), onSubmit: form.onSubmit })}
        disabled={form.formState.isSubmitting}
      />
      <Button type="submit" variant="danger" className="self-start" pending={form.formState.isSubmitting} pendingLabel="Deleting…">
        Delete my account and all my data
      </Button>
      <FormStatusNotice status={form.status} />
    </form>
  );
}
