"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import type { FormStatus } from "@/app/_components/use-action-form";
import { finishSetupAction } from "./actions";

export function FinishSetupButton() {
  const router = useRouter();
  const t = useTranslations("welcome");
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<FormStatus>();
  return (
    <div className="flex flex-col items-start gap-3">
      <Button
        type="button"
        pending={pending}
        pendingLabel={t("finishing")}
        onClick={() =>
          startTransition(async () => {
            const result = await finishSetupAction({});
            if (!result.ok) return setStatus({ tone: "error", text: result.formError ?? t("notSaved") });
            router.push("/today");
            router.refresh();
          })
        }
      >
        {t("finish")}
      </Button>
      <FormStatusNotice status={status} />
    </div>
  );
}
