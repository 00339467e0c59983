"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import { PASSWORD_MIN_LENGTH, signUpSchema } from "@/lib/auth/schemas";
import { signUpAction } from "./actions";

export function SignUpForm({ callbackUrl, afterSignUp }: { callbackUrl: string; afterSignUp: string }) {
  // The answer is the same whether or not the address has an account: look in your inbox.
  const [sentTo, setSentTo] = useState<string>();
  const { register, onSubmit, status, setValue, formState } = useActionForm({
    schema: signUpSchema,
    defaultValues: { name: "", email: "", password: "", timeZone: "UTC" },
    action: (values) => signUpAction({ ...values, callbackUrl: afterSignUp }),
    onSuccess: (_, values) => setSentTo(values.email),
  });

  // The browser knows the person's time zone; reminders and days are computed in it.
  useEffect(() => {
    setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  }, [setValue]);

  if (sentTo) {
    return (
      <div className="flex flex-col gap-4" role="status">
        <h2 className="text-2xl font-bold">Check your email</h2>
        <p className="text-lg">
          We have sent a message to <strong>{sentTo}</strong>. Follow the link in it to finish creating your account; it works for 24 hours.
        </p>
        <p className="text-slate-700">Nothing arrived after a few minutes? Look in your spam folder, or sign up again.</p>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
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
      <FormStatusNotice status={status} />
      <p>
        Already have an account?{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
