"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormStatusNotice } from "@/app/_components/form-status";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationButton({ token }: { token: string }) {
  const router = useRouter();
  const t = useTranslations("invitation");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <div className="flex flex-col gap-3">
      <Button
        pending={pending}
        pendingLabel={t("accepting")}
        className="self-start"
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction({ token });
            if (!result.ok) return setError(result.formError ?? t("notAccepted"));
            router.push("/today");
            router.refresh();
          })
        }
      >
        {t("accept")}
      </Button>
      <FormStatusNotice status={error ? { tone: "error", text: error } : undefined} />
    </div>
  );
}
