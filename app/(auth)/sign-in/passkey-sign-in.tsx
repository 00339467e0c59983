"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { Notice } from "@/app/_components/notice";
import { useReadMessage } from "@/app/_components/use-read-message";
import { postAuthForm } from "@/lib/auth/post-auth-form";
import { passkeySignInOptionsAction } from "./actions";
import { signInResult, useSignInWords } from "./sign-in-form";

/** "Sign in with a passkey": no email needed, the device offers the passkeys it holds for Footnote. */
export function PasskeySignIn({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const read = useReadMessage();
  const words = useSignInWords();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string>();

  const signIn = async () => {
    setProblem(undefined);
    setPending(true);
    try {
      const options = await passkeySignInOptionsAction({});
      if (!options.ok) return setProblem(options.formError);
      const response = await startAuthentication({ optionsJSON: options.data }).catch(() => null);
      if (!response) return setProblem(t("passkeyNotUsed"));
      const result = await signInResult(postAuthForm("callback/passkey", { response: JSON.stringify(response), callbackUrl }), { ...words, wrong: t("passkeyNotKnown") });
      if (!result.ok) return setProblem(result.formError);
      router.push(callbackUrl);
      router.refresh();
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="flex flex-col gap-4" aria-labelledby="passkey-sign-in">
      <h2 id="passkey-sign-in" className="text-xl font-bold">
        {t("passkeyTitle")}
      </h2>
      <p className="text-slate-700">{t("passkeyIntro")}</p>
      {problem ? <Notice tone="error">{read(problem)}</Notice> : null}
      <Button type="button" variant="secondary" onClick={signIn} pending={pending} pendingLabel={t("passkeyWaiting")}>
        {t("passkeySubmit")}
      </Button>
    </section>
  );
}
