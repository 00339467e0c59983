"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/app/_components/apply-server-errors";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/submit-button";
import { changeEmailSchema, type ChangeEmailInput } from "@/lib/auth/schemas";
import { changeEmailAction } from "./actions";

export function EmailForm({ currentEmail }: { currentEmail: string }) {
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();
  const { register, handleSubmit, setError, formState, resetField } = useForm<ChangeEmailInput>({
    resolver: zodResolver(changeEmailSchema),
    defaultValues: { email: "", currentPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await changeEmailAction(values);
    resetField("currentPassword");
    if (!result.ok) {
      const message = applyServerErrors(result, setError);
      return message ? setStatus({ tone: "error", text: message }) : undefined;
    }
    setStatus({ tone: "success", text: `We sent a confirmation link to ${values.email.trim()}. Your email changes when you open it.` });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="email-heading">
      <h2 id="email-heading" className="text-2xl font-bold">
        Email address
      </h2>
      <p>
        Now: <strong>{currentEmail}</strong>
      </p>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
      <FormField id="new-email" label="New email address" type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <FormField
        id="email-current-password"
        label="Your current password"
        type="password"
        autoComplete="current-password"
        error={formState.errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <Button type="submit" variant="secondary" className="self-start" pending={formState.isSubmitting} pendingLabel="Sending…">
        Change email address
      </Button>
    </form>
  );
}
