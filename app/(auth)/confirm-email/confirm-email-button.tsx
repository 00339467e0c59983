"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import type { ActionResult } from "@/lib/actions";
import { confirmEmailAction } from "./actions";

// Confirming is a button, not the link itself: mail scanners open links, and must not confirm.
export function ConfirmEmailButton({ token }: { token: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<{ email: string }>>();

  if (result?.ok) {
    return (
      <Notice tone="success">
        Your email address is now {result.data.email}.{" "}
        <Link href="/settings" className="font-semibold underline">
          Back to settings
        </Link>
      </Notice>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {result && !result.ok ? <Notice tone="error">{result.formError ?? Object.values(result.fieldErrors ?? {})[0]}</Notice> : null}
      <Button pending={pending} pendingLabel="Confirming…" onClick={() => startTransition(async () => setResult(await confirmEmailAction({ token })))}>
        Confirm my new email address
      </Button>
    </div>
  );
}
