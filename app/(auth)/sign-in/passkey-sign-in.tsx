"use client";

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
      // The WebAuthn helper (14 kB of script) loads when a passkey is used, alongside the options, not with the page.
      const [options, webAuthn] = await Promise.all([passkeySignInOptionsAction({}), import("@simplewebauthn/browser").catch(() => null)]);
      if (!options.ok) return setProblem(options.formError);
      const response = webAuthn ? await webAuthn.startAuthentication({ optionsJSON: options.data }).catch(() => null) : null;
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
