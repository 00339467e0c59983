"use client";

import { Link } from "@/app/_components/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { useReadMessage } from "@/app/_components/use-read-message";
import type { ActionResult } from "@/lib/actions";
import { confirmEmailAction } from "./actions";

// Confirming is a button, not the link itself: mail scanners open links, and must not confirm.
export function ConfirmEmailButton({ token }: { token: string }) {
  const t = useTranslations("authPages.confirmEmail");
  const read = useReadMessage();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<{ email: string }>>();

  if (result?.ok) {
    return (
      <Notice tone="success">
        {t("done", { email: result.data.email })}{" "}
        <Link href="/settings" className="font-semibold underline">
          {t("backToSettings")}
        </Link>
      </Notice>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {result && !result.ok ? <Notice tone="error">{read(result.formError ?? Object.values(result.fieldErrors ?? {})[0])}</Notice> : null}
      <Button pending={pending} pendingLabel={t("confirming")} onClick={() => startTransition(async () => setResult(await confirmEmailAction({ token })))}>
        {t("confirm")}
      </Button>
    </div>
  );
}
