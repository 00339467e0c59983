"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/app/_components/apply-server-errors";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/submit-button";
import { postAuthForm } from "@/lib/auth/post-auth-form";
import { PASSWORD_MIN_LENGTH, signUpSchema, type SignUpInput } from "@/lib/auth/schemas";
import { signUpAction } from "./actions";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, setValue, formState } = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: "", email: "", password: "", timeZone: "UTC" },
  });

  // The browser knows the person's time zone; reminders and days are computed in it.
  useEffect(() => {
    setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  }, [setValue]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signUpAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    const signedIn = await postAuthForm("callback/credentials", { email: values.email, password: values.password, callbackUrl });
    if (!signedIn.ok) return router.push("/sign-in");
    router.push(callbackUrl);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <FormField id="name" label="Your name" autoComplete="name" error={formState.errors.name?.message} {...register("name")} />
      <FormField id="email" label="Email address" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <FormField
        id="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short sentence is easy to remember.`}
        error={formState.errors.password?.message}
        {...register("password")}
      />
      <input type="hidden" {...register("timeZone")} />
      {formState.errors.timeZone ? <Notice tone="error">{formState.errors.timeZone.message}</Notice> : null}
      <Button type="submit" pending={formState.isSubmitting} pendingLabel="Creating your account…">
        Create my account
      </Button>
      <p>
        Already have an account?{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
