"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { postAuthForm, type AuthFormResult } from "@/lib/auth/post-auth-form";
import { emailOnlySchema, signInSchema, type EmailOnlyInput, type SignInInput } from "@/lib/auth/schemas";

function failureMessage(result: Extract<AuthFormResult, { ok: false }>): string {
  if (result.error === "TooManyAttempts") return result.message ?? "Too many attempts. Please try again later.";
  if (result.error === "CredentialsSignin") return "That email and password do not match an account. Check them and try again.";
  return "Signing in is not possible right now. Please try again in a moment.";
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, formState, resetField } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await postAuthForm("callback/credentials", { ...values, callbackUrl });
    if (!result.ok) {
      resetField("password");
      return setFormError(failureMessage(result));
    }
    router.push(callbackUrl);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="password-sign-in">
      <h2 id="password-sign-in" className="text-xl font-bold">
        With your password
      </h2>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <FormField id="email" label="Email address" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <FormField id="password" label="Password" type="password" autoComplete="current-password" error={formState.errors.password?.message} {...register("password")} />
      <Button type="submit" pending={formState.isSubmitting} pendingLabel="Signing in…">
        Sign in
      </Button>
      <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
        Forgot your password?
      </Link>
    </form>
  );
}

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, formState } = useForm<EmailOnlyInput>({
    resolver: zodResolver(emailOnlySchema),
    defaultValues: { email: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await postAuthForm("signin/email", { email: values.email, callbackUrl });
    if (!result.ok) return setFormError(failureMessage(result));
    router.push("/sign-in/check-email");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="magic-link">
      <h2 id="magic-link" className="text-xl font-bold">
        Or get a sign-in link by email
      </h2>
      <p className="text-slate-700">No password needed: we email you a link that signs you in. It works once, for 10 minutes.</p>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <FormField id="magic-email" label="Email address" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <Button type="submit" variant="secondary" pending={formState.isSubmitting} pendingLabel="Sending…">
        Email me a sign-in link
      </Button>
    </form>
  );
}
