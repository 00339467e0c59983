"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/app/_components/apply-server-errors";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/submit-button";
import { emailOnlySchema, type EmailOnlyInput } from "@/lib/auth/schemas";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const [formError, setFormError] = useState<string>();
  const [sent, setSent] = useState(false);
  const { register, handleSubmit, setError, formState } = useForm<EmailOnlyInput>({
    resolver: zodResolver(emailOnlySchema),
    defaultValues: { email: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await forgotPasswordAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    setSent(true);
  });

  if (sent) {
    return (
      <Notice tone="success">
        If an account exists for that address, we have emailed it a link to choose a new password. The link works once and for the next hour.
      </Notice>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <FormField id="email" label="Email address" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <Button type="submit" pending={formState.isSubmitting} pendingLabel="Sending…">
        Email me a reset link
      </Button>
    </form>
  );
}
