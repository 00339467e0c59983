"use client";

import { Link } from "@/app/_components/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { postAuthForm } from "@/lib/auth/post-auth-form";

export function FinishSignUpButton({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  const t = useTranslations("signUp");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const finish = () =>
    startTransition(async () => {
      const result = await postAuthForm("callback/sign-up", { token, callbackUrl });
      if (result.ok) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      setError(result.error === "TooManyAttempts" ? result.message : t("linkUsed"));
    });

  return (
    <div className="flex flex-col gap-4">
      <p className="text-lg">{t("finishIntro")}</p>
      {error ? (
        <Notice tone="error">
          {error}{" "}
          <Link href="/sign-in" className="font-semibold underline">
            {tCommon("signIn")}
          </Link>
        </Notice>
      ) : null}
      <Button pending={pending} pendingLabel={t("submitting")} onClick={finish}>
        {t("finishButton")}
      </Button>
    </div>
  );
}
