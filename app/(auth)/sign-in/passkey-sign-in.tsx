"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { Notice } from "@/app/_components/notice";
import { postAuthForm } from "@/lib/auth/post-auth-form";
import { passkeySignInOptionsAction } from "./actions";
import { signInResult } from "./sign-in-form";

const NOT_USED = "No passkey was used (it was cancelled or took too long). Try again, or sign in with your password.";
const NOT_KNOWN = "That passkey did not sign you in. It may have been removed from your account. Try another, or sign in with your password.";

/** "Sign in with a passkey": no email needed, the device offers the passkeys it holds for Footnote. */
export function PasskeySignIn({ callbackUrl }: { callbackUrl: string }) {
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
      if (!response) return setProblem(NOT_USED);
      const result = await signInResult(postAuthForm("callback/passkey", { response: JSON.stringify(response), callbackUrl }), NOT_KNOWN);
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
        With a passkey
      </h2>
      <p className="text-slate-700">A passkey lets you sign in with your phone or computer’s fingerprint, face or PIN. You can add one in Settings once you are signed in.</p>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <Button type="button" variant="secondary" onClick={signIn} pending={pending} pendingLabel="Waiting for your passkey…">
        Sign in with a passkey
      </Button>
    </section>
  );
}
