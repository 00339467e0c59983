"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Notice } from "@/app/_components/notice";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { useReadMessage } from "@/app/_components/use-read-message";
import { SHARE_LINK_EXPIRY_HOURS } from "@/lib/report/limits";
import type { ReportOptions } from "@/lib/report/schemas";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";

export type ShareLinkRow = { id: string; range: string; status: "live" | "expired" | "revoked"; createdAt: string; expiresAt: string; lastOpenedAt: string | null };

export function ShareLinks({ options, rangeLabel, links }: { options: ReportOptions; rangeLabel: string; links: ShareLinkRow[] }) {
  const [expiresInHours, setExpiresInHours] = useState("168");
  const [created, setCreated] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const t = useTranslations("shareLinks");
  const read = useReadMessage();

  const create = () =>
    startTransition(async () => {
      setError(undefined);
      const input = { ...options, expiresInHours };
      // The schema (and zod) only when a link is asked for, not in the page's first load.
      const { createShareLinkSchema } = await import("@/lib/report/schemas");
      const checked = createShareLinkSchema.safeParse(input);
      if (!checked.success) return setError(read(checked.error.issues[0]?.message));
      const result = await createShareLinkAction(input);
      if (!result.ok) return setError(read(result.formError ?? Object.values(result.fieldErrors ?? {})[0]));
      setCreated(new URL(result.data.path, window.location.origin).toString());
    });

  const revoke = async (shareLinkId: string) => {
    const result = await revokeShareLinkAction({ shareLinkId });
    if (!result.ok) return read(result.formError) ?? t("withdrawFailed");
  };

  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id="share-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro", { range: rangeLabel })}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor="share-expiry" className="font-semibold">
          {t("expiry")}
        </label>
        <select id="share-expiry" value={expiresInHours} onChange={(event) => setExpiresInHours(event.target.value)} className="min-h-12 max-w-xs rounded-md border-2 border-slate-400 bg-white px-3 text-lg">
          {SHARE_LINK_EXPIRY_HOURS.map((hours) => (
            <option key={hours} value={hours}>
              {t("expiresAfter", { hours })}
            </option>
          ))}
        </select>
      </div>
      <Button type="button" className="self-start" onClick={create} pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </Button>
      <FormStatusNotice status={error ? { tone: "error", text: error } : undefined} />
      {created ? (
        <Notice tone="success">
          <p className="font-semibold">{t("ready")}</p>
          <label htmlFor="share-url" className="mt-2 block">
            {t("link")}
          </label>
          <input id="share-url" readOnly value={created} className="mt-1 w-full rounded border-2 border-slate-400 bg-white p-2" onFocus={(event) => event.currentTarget.select()} />
          <Button type="button" variant="secondary" className="mt-2" onClick={() => void navigator.clipboard?.writeText(created)}>
            {t("copy")}
          </Button>
        </Notice>
      ) : null}
      <h3 className="text-xl font-bold">{t("yourLinks")}</h3>
      {links.length ? (
        <ul className="flex flex-col gap-3" aria-label={t("yourLinksLabel")}>
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 p-4">
              <div>
                <p className="font-semibold">
                  {link.range} · <span>{t(`status.${link.status}`)}</span>
                </p>
                <p className="text-slate-700">
                  {t(`created.${link.status}`, { created: link.createdAt, expires: link.expiresAt })}
                </p>
                <p className="text-slate-700">{link.lastOpenedAt ? t("lastOpened", { when: link.lastOpenedAt }) : t("notOpened")}</p>
              </div>
              {link.status === "live" ? (
                <ConfirmDialog
                  trigger={{ label: t("withdraw"), ariaLabel: t("withdrawLabel", { range: link.range }), disabled: pending }}
                  title={t("withdrawTitle")}
                  confirmLabel={t("withdrawConfirm")}
                  pendingLabel={t("withdrawing")}
                  cancelLabel={t("keep")}
                  onConfirm={() => revoke(link.id)}
                >
                  <p>{t("withdrawText", { range: link.range })}</p>
                </ConfirmDialog>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">{t("none")}</p>
      )}
    </section>
  );
}
