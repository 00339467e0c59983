"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { regenerateFeedAction } from "../appointment-actions";

/** The private feed URL is shown once, when made: only a hash of its secret is stored. */
export function CalendarFeed({ hasFeed }: { hasFeed: boolean }) {
  const t = useTranslations("calendar");
  const [pending, startTransition] = useTransition();
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();

  const makeAddress = async (): Promise<string | undefined> => {
    const result = await regenerateFeedAction({});
    if (!result.ok) return result.formError ?? t("failed");
    setUrl(result.data.url);
  };
  return (
    <div className="flex flex-col gap-3">
      {url ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="feed-url" className="font-semibold">
            {t("urlLabel")}
          </label>
          <p className="text-slate-700">{t("urlHint")}</p>
          <input id="feed-url" readOnly value={url} className="min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-3 font-mono text-base" onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
      {hasFeed || url ? (
        <ConfirmDialog
          trigger={{ label: t("renew"), variant: "secondary", className: "self-start" }}
          title={t("renewTitle")}
          confirmLabel={t("renewConfirm")}
          pendingLabel={t("making")}
          cancelLabel={t("cancel")}
          onConfirm={makeAddress}
        >
          <p>{t("renewText")}</p>
        </ConfirmDialog>
      ) : (
        <Button variant="secondary" className="self-start" pending={pending} onClick={() => startTransition(async () => setError(await makeAddress()))}>
          {t("create")}
        </Button>
      )}
      <FormStatusNotice status={error ? { tone: "error", text: error } : undefined} />
    </div>
  );
}
