"use client";

import { useState, useTransition } from "react";
import { Notice } from "@/app/_components/notice";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { SHARE_LINK_EXPIRY_HOURS } from "@/lib/report/limits";
import type { ReportOptions } from "@/lib/report/schemas";
import { createShareLinkAction, revokeShareLinkAction } from "./actions";

export type ShareLinkRow = { id: string; range: string; status: "live" | "expired" | "revoked"; createdAt: string; expiresAt: string; lastOpenedAt: string | null };

const EXPIRY_LABELS: Record<(typeof SHARE_LINK_EXPIRY_HOURS)[number], string> = { 1: "1 hour", 24: "1 day", 72: "3 days", 168: "7 days", 720: "30 days" };
const STATUS_LABELS = { live: "Working", expired: "Expired", revoked: "Withdrawn" };

export function ShareLinks({ options, rangeLabel, links }: { options: ReportOptions; rangeLabel: string; links: ShareLinkRow[] }) {
  const [expiresInHours, setExpiresInHours] = useState("168");
  const [created, setCreated] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const create = () =>
    startTransition(async () => {
      setError(undefined);
      const input = { ...options, expiresInHours };
      // The schema (and zod) only when a link is asked for, not in the page's first load.
      const { createShareLinkSchema } = await import("@/lib/report/schemas");
      const checked = createShareLinkSchema.safeParse(input);
      if (!checked.success) return setError(checked.error.issues[0]?.message);
      const result = await createShareLinkAction(input);
      if (!result.ok) return setError(result.formError ?? Object.values(result.fieldErrors ?? {})[0]);
      setCreated(new URL(result.data.path, window.location.origin).toString());
    });

  const revoke = async (shareLinkId: string) => {
    const result = await revokeShareLinkAction({ shareLinkId });
    if (!result.ok) return result.formError ?? "The link was not withdrawn. Check your connection, then press the button again.";
  };

  return (
    <section aria-labelledby="share-heading" className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id="share-heading" className="text-2xl font-bold">
        Share with your clinician
      </h2>
      <p>
        A private link shows this report ({rangeLabel}, the parts chosen above) and nothing else, without signing in. You can withdraw it at any time.
      </p>
      <div className="flex flex-col gap-1">
        <label htmlFor="share-expiry" className="font-semibold">
          The link stops working after
        </label>
        <select id="share-expiry" value={expiresInHours} onChange={(event) => setExpiresInHours(event.target.value)} className="min-h-12 max-w-xs rounded-md border-2 border-slate-400 bg-white px-3 text-lg">
          {SHARE_LINK_EXPIRY_HOURS.map((hours) => (
            <option key={hours} value={hours}>
              {EXPIRY_LABELS[hours]}
            </option>
          ))}
        </select>
      </div>
      <Button type="button" className="self-start" onClick={create} pending={pending} pendingLabel="Creating…">
        Create a share link
      </Button>
      <FormStatusNotice status={error ? { tone: "error", text: error } : undefined} />
      {created ? (
        <Notice tone="success">
          <p className="font-semibold">Your link is ready. Copy it now: it is shown only once.</p>
          <label htmlFor="share-url" className="mt-2 block">
            Share link
          </label>
          <input id="share-url" readOnly value={created} className="mt-1 w-full rounded border-2 border-slate-400 bg-white p-2" onFocus={(event) => event.currentTarget.select()} />
          <Button type="button" variant="secondary" className="mt-2" onClick={() => void navigator.clipboard?.writeText(created)}>
            Copy link
          </Button>
        </Notice>
      ) : null}
      <h3 className="text-xl font-bold">Your links</h3>
      {links.length ? (
        <ul className="flex flex-col gap-3" aria-label="Your share links">
          {links.map((link) => (
            <li key={link.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 p-4">
              <div>
                <p className="font-semibold">
                  {link.range} · <span>{STATUS_LABELS[link.status]}</span>
                </p>
                <p className="text-slate-700">
                  Created {link.createdAt}; {link.status === "live" ? `works until ${link.expiresAt}` : link.status === "expired" ? `expired ${link.expiresAt}` : "withdrawn"}
                </p>
                <p className="text-slate-700">{link.lastOpenedAt ? `Last opened ${link.lastOpenedAt}` : "Not opened yet"}</p>
              </div>
              {link.status === "live" ? (
                <ConfirmDialog
                  trigger={{ label: "Withdraw", ariaLabel: `Withdraw the link for ${link.range}`, disabled: pending }}
                  title="Withdraw this link?"
                  confirmLabel="Yes, withdraw it"
                  pendingLabel="Withdrawing…"
                  cancelLabel="Keep it"
                  onConfirm={() => revoke(link.id)}
                >
                  <p>Whoever has the link for {link.range} can no longer open the report. A new link can be made at any time.</p>
                </ConfirmDialog>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-700">No links yet. Create one above to send your report before the appointment.</p>
      )}
    </section>
  );
}
