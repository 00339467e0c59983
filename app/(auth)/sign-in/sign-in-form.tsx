"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import type { ActionResult } from "@/lib/actions";
import { postAuthForm, type AuthFormResult } from "@/lib/auth/post-auth-form";
import { emailOnlySchema, signInSchema } from "@/lib/auth/schemas";
import { SECOND_STEP_PATH } from "@/lib/auth/second-step-path";

/** next-auth's answer as an action's result, so the form shows it like any other. */
export async function signInResult(answer: Promise<AuthFormResult>, wrong = WRONG_PASSWORD): Promise<ActionResult<string>> {
  const result = await answer;
  return result.ok ? { ok: true, data: result.url } : { ok: false, formError: failureMessage(result, wrong) };
}

const WRONG_PASSWORD = "That email and password do not match an account. Check them and try again.";

/** Where to go after a right first step: the second-step page when next-auth says so, else onwards. */
export function nextPage(answerUrl: string, callbackUrl: string): string {
  const answer = new URL(answerUrl, window.location.origin);
  return answer.origin === window.location.origin && answer.pathname === SECOND_STEP_PATH ? SECOND_STEP_PATH : callbackUrl;
}

function failureMessage(result: Extract<AuthFormResult, { ok: false }>, wrong: string): string {
  if (result.error === "TooManyAttempts") return result.message ?? "Too many attempts. Please try again later.";
  if (result.error === "CredentialsSignin") return wrong;
  return "Signing in is not possible right now. Please try again in a moment.";
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const { register, onSubmit, status, formState, resetField } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    action: (values) => signInResult(postAuthForm("callback/credentials", { ...values, callbackUrl })),
    onSuccess: (answerUrl) => {
      router.push(nextPage(answerUrl, callbackUrl));
      router.refresh();
    },
    onFailure: () => {
      resetField("password");
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="password-sign-in">
      <h2 id="password-sign-in" className="text-xl font-bold">
        With your password
      </h2>
      <FormField id="email" label="Email address" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <FormField id="password" label="Password" type="password" autoComplete="current-password" error={formState.errors.password?.message} {...register("password")} />
      <Button type="submit" pending={formState.isSubmitting} pendingLabel="Signing in…">
        Sign in
      </Button>
      <FormStatusNotice status={status} />
      <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
        Forgot your password?
      </Link>
    </form>
  );
}

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const { register, onSubmit, status, formState } = useActionForm({
    schema: emailOnlySchema,
    defaultValues: { email: "" },
    action: (values) => signInResult(postAuthForm("signin/email", { email: values.email, callbackUrl })),
    onSuccess: () => router.push("/sign-in/check-email"),
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="magic-link">
      <h2 id="magic-link" className="text-xl font-bold">
        Or get a sign-in link by email
      </h2>
      <p className="text-slate-700">No password needed: we email you a link that signs you in. It works once, for 10 minutes.</p>
      <FormField id="magic-email" label="Email address" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <Button type="submit" variant="secondary" pending={formState.isSubmitting} pendingLabel="Sending…">
        Email me a sign-in link
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
