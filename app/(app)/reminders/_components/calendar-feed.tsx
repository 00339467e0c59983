"use client";

import { useState, useTransition } from "react";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { regenerateFeedAction } from "../appointment-actions";

/** The private feed URL is shown once, when made: only a hash of its secret is stored. */
export function CalendarFeed({ hasFeed }: { hasFeed: boolean }) {
  const [pending, startTransition] = useTransition();
  const [url, setUrl] = useState<string>();
  const [error, setError] = useState<string>();

  const makeAddress = async (): Promise<string | undefined> => {
    const result = await regenerateFeedAction({});
    if (!result.ok) return result.formError ?? "No address was made. Check your connection, then press the button again.";
    setUrl(result.data.url);
  };
  return (
    <div className="flex flex-col gap-3">
      {url ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="feed-url" className="font-semibold">
            Your private calendar address
          </label>
          <p className="text-slate-700">Copy it now and add it to your calendar app (&quot;subscribe by URL&quot;). Keep it private: anyone with it can see your appointments.</p>
          <input id="feed-url" readOnly value={url} className="min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-3 font-mono text-base" onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : null}
      {hasFeed || url ? (
        <ConfirmDialog
          trigger={{ label: "Make a new calendar address", variant: "secondary", className: "self-start" }}
          title="Make a new calendar address?"
          confirmLabel="Yes, make a new one"
          pendingLabel="Making…"
          onConfirm={makeAddress}
        >
          <p>The old address stops working: calendars subscribed to it stop showing your appointments until you add the new one.</p>
        </ConfirmDialog>
      ) : (
        <Button variant="secondary" className="self-start" pending={pending} onClick={() => startTransition(async () => setError(await makeAddress()))}>
          Create my calendar address
        </Button>
      )}
      <FormStatusNotice status={error ? { tone: "error", text: error } : undefined} />
    </div>
  );
}
