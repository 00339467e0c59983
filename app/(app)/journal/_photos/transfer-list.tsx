"use client";

import { useId } from "react";
import { Button } from "@/app/_components/button";
import { TOO_LARGE_FILE_MESSAGE } from "@/lib/photos/errors";
import type { Transfer } from "./use-photo-uploads";

/** Files on their way up: a progress bar each, or what went wrong with a way to try again. */
export function TransferList({ transfers, onRetry, onDismiss }: { transfers: Transfer[]; onRetry(transfer: Transfer): void; onDismiss(key: string): void }) {
  const baseId = useId();
  if (transfers.length === 0) return null;
  return (
    <ul aria-label="Photos being uploaded" className="flex flex-col gap-3">
      {transfers.map((transfer) => (
        <li key={transfer.key} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3">
          {transfer.state === "failed" ? (
            <>
              <p className="break-words font-semibold">{transfer.name}</p>
              <p className="font-semibold text-red-800" id={`${baseId}-${transfer.key}-error`}>
                Not added: {transfer.error}
              </p>
              <div className="flex flex-wrap gap-2">
                {transfer.error !== TOO_LARGE_FILE_MESSAGE ? (
                  <Button type="button" variant="secondary" onClick={() => onRetry(transfer)} aria-describedby={`${baseId}-${transfer.key}-error`}>
                    Try again<span className="sr-only"> to upload {transfer.name}</span>
                  </Button>
                ) : null}
                <Button type="button" variant="secondary" onClick={() => onDismiss(transfer.key)}>
                  Dismiss<span className="sr-only"> {transfer.name}</span>
                </Button>
              </div>
            </>
          ) : (
            <>
              <label htmlFor={`${baseId}-${transfer.key}-progress`} className="break-words">
                {transfer.state === "waiting"
                  ? `Waiting to upload ${transfer.name}`
                  : `Uploading ${transfer.name}${transfer.progress === null ? "…" : `: ${Math.round(transfer.progress * 100)}%`}`}
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
