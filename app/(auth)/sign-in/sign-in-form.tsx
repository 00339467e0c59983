"use client";

import { Link } from "@/app/_components/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import type { ActionResult } from "@/lib/actions";
import { postAuthForm, type AuthFormResult } from "@/lib/auth/post-auth-form";
import { SECOND_STEP_PATH } from "@/lib/auth/second-step-path";

type SignInWords = { wrong: string; tooMany: string; unavailable: string };

/** next-auth's answer as an action's result, so the form shows it like any other. */
export async function signInResult(answer: Promise<AuthFormResult>, words: SignInWords): Promise<ActionResult<string>> {
  const result = await answer;
  return result.ok ? { ok: true, data: result.url } : { ok: false, formError: failureMessage(result, words) };
}

/** The sign-in failures' words in the page's language. */
export function useSignInWords(): SignInWords {
  const t = useTranslations("signIn");
  return { wrong: t("wrongPassword"), tooMany: t("tooManyAttempts"), unavailable: t("unavailable") };
}

/** Where to go after a right first step: the second-step page when next-auth says so, else onwards. */
export function nextPage(answerUrl: string, callbackUrl: string): string {
  const answer = new URL(answerUrl, window.location.origin);
  return answer.origin === window.location.origin && answer.pathname === SECOND_STEP_PATH ? SECOND_STEP_PATH : callbackUrl;
}

function failureMessage(result: Extract<AuthFormResult, { ok: false }>, words: SignInWords): string {
  if (result.error === "TooManyAttempts") return result.message ?? words.tooMany;
  if (result.error === "CredentialsSignin") return words.wrong;
  return words.unavailable;
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const words = useSignInWords();
  const router = useRouter();
  const { register, onSubmit, status, formState, resetField, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.signInSchema),
    defaultValues: { email: "", password: "" },
    action: (values) => signInResult(postAuthForm("callback/credentials", { ...values, callbackUrl }), words),
    onSuccess: (answerUrl) => {
      router.push(nextPage(answerUrl, callbackUrl));
      router.refresh();
    },
    onFailure: () => {
      resetField("password");
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="password-sign-in">
      <h2 id="password-sign-in" className="text-xl font-bold">
        {t("withPassword")}
      </h2>
      <FormField id="email" label={t("email")} type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <FormField id="password" label={t("password")} type="password" autoComplete="current-password" error={formState.errors.password?.message} {...register("password")} />
      <Button type="submit" pending={formState.isSubmitting} pendingLabel={t("submitting")}>
        {t("submit")}
      </Button>
      <FormStatusNotice status={status} />
      <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
        {t("forgot")}
      </Link>
    </form>
  );
}

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const words = useSignInWords();
  const router = useRouter();
  const { register, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.emailOnlySchema),
    defaultValues: { email: "" },
    action: (values) => signInResult(postAuthForm("signin/email", { email: values.email, callbackUrl }), words),
    onSuccess: () => router.push("/sign-in/check-email"),
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="magic-link">
      <h2 id="magic-link" className="text-xl font-bold">
        {t("linkTitle")}
      </h2>
      <p className="text-slate-700">{t("linkIntro")}</p>
      <FormField id="magic-email" label={t("email")} type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <Button type="submit" variant="secondary" pending={formState.isSubmitting} pendingLabel={t("sending")}>
        {t("linkSubmit")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
