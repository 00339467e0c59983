"use client";

import { useTranslations } from "next-intl";
import { useReadMessage } from "@/app/_components/use-read-message";
import { useId } from "react";
import { Button } from "@/app/_components/button";
import type { Transfer } from "./use-photo-uploads";

/**
 * Files on their way up: a progress bar each, or what went wrong — with "Try again" when trying
 * again can work, and otherwise what to do instead and a way to choose another photo.
 */
export function TransferList({
  transfers,
  onRetry,
  onDismiss,
  onChooseAnother,
}: {
  transfers: Transfer[];
  onRetry(transfer: Transfer): void;
  onDismiss(key: string): void;
  onChooseAnother(): void;
}) {
  const baseId = useId();
  const t = useTranslations("photos");
  const read = useReadMessage();
  const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  if (transfers.length === 0) return null;
  return (
    <ul aria-label={t("uploadingList")} className="flex flex-col gap-3">
      {transfers.map((transfer) => (
        <li key={transfer.key} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3">
          {transfer.state === "failed" ? (
            <>
              <p className="break-words font-semibold">{transfer.name}</p>
              <p className="font-semibold text-red-800" id={`${baseId}-${transfer.key}-error`}>
                {t("notAdded", { error: read(transfer.error) ?? "" })}
                {transfer.instead ? <span className="block font-normal text-slate-800">{read(transfer.instead)}</span> : null}
              </p>
              <div className="flex flex-wrap gap-2">
                {transfer.instead ? (
                  <Button type="button" variant="secondary" onClick={onChooseAnother} aria-describedby={`${baseId}-${transfer.key}-error`}>
                    {t("chooseAnother")}
                  </Button>
                ) : (
                  <Button type="button" variant="secondary" onClick={() => onRetry(transfer)} aria-describedby={`${baseId}-${transfer.key}-error`}>
                    {t.rich("tryAgain", { name: transfer.name, hidden })}
                  </Button>
                )}
                <Button type="button" variant="secondary" onClick={() => onDismiss(transfer.key)}>
                  {t.rich("dismiss", { name: transfer.name, hidden })}
                </Button>
              </div>
            </>
          ) : (
            <>
              <label htmlFor={`${baseId}-${transfer.key}-progress`} className="break-words">
                {transfer.state === "waiting"
                  ? t("waiting", { name: transfer.name })
                  : transfer.progress === null
                    ? t("uploading", { name: transfer.name })
                    : t("uploadingPercent", { name: transfer.name, percent: Math.round(transfer.progress * 100) })}
              </label>
              <progress
                id={`${baseId}-${transfer.key}-progress`}
                max={100}
                value={transfer.progress === null ? undefined : Math.round(transfer.progress * 100)}
                className="h-3 w-full accent-brand-600"
              />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
