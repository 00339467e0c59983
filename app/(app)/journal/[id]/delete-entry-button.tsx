"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { deleteEntryAction } from "../actions";

/** Delete, after a confirmation in the platform's modal dialog (focus kept inside, Esc cancels). */
export function DeleteEntryButton({ entryId, description }: { entryId: string; description: string }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteEntryAction({ entryId });
      if (!result.ok) return setError(result.formError);
      dialog.current?.close();
      router.push("/journal?deleted=1");
      router.refresh();
    });

  return (
    <>
      <Button type="button" variant="danger" onClick={() => dialog.current?.showModal()}>
        Delete this check
      </Button>
      <dialog ref={dialog} aria-labelledby="delete-title" className="m-auto max-w-md rounded-lg p-6 backdrop:bg-slate-900/60">
        <div className="flex flex-col gap-4">
          <h2 id="delete-title" className="text-2xl font-bold">
            Delete this check?
          </h2>
          <p>
            The check of {description}, its observations and photos will be deleted for good. This cannot be undone.
          </p>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <div className="flex flex-wrap gap-3">
            <Button type="button" variant="danger" pending={pending} pendingLabel="Deleting…" onClick={confirm}>
              Yes, delete it
            </Button>
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()} autoFocus>
              Keep it
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
