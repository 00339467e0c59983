"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { postAuthForm } from "@/lib/auth/post-auth-form";

export function FinishSignUpButton({ token, callbackUrl }: { token: string; callbackUrl: string }) {
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
      setError(result.error === "TooManyAttempts" ? result.message : "This link has expired or was already used. Sign up again, or sign in if you already have an account.");
    });

  return (
    <div className="flex flex-col gap-4">
      <p className="text-lg">Your email address is confirmed once you press the button. Then your journal opens.</p>
      {error ? (
        <Notice tone="error">
          {error}{" "}
          <Link href="/sign-in" className="font-semibold underline">
            Sign in
          </Link>
        </Notice>
      ) : null}
      <Button pending={pending} pendingLabel="Creating your account…" onClick={finish}>
        Create my account and open my journal
      </Button>
    </div>
  );
}
