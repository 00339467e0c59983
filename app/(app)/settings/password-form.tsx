"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/app/_components/apply-server-errors";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/submit-button";
import { changePasswordSchema, PASSWORD_MIN_LENGTH, type ChangePasswordInput } from "@/lib/auth/schemas";
import { changePasswordAction } from "./actions";

export function PasswordForm() {
  const [status, setStatus] = useState<{ tone: "error" | "success"; text: string }>();
  const { register, handleSubmit, setError, formState, reset } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setStatus(undefined);
    const result = await changePasswordAction(values);
    if (!result.ok) {
      const message = applyServerErrors(result, setError);
      return message ? setStatus({ tone: "error", text: message }) : undefined;
    }
    reset();
    setStatus({ tone: "success", text: "Your password was changed. Your other devices were signed out." });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-labelledby="password-heading">
      <h2 id="password-heading" className="text-2xl font-bold">
        Password
      </h2>
      {status ? <Notice tone={status.tone}>{status.text}</Notice> : null}
      <FormField id="currentPassword" label="Current password" type="password" autoComplete="current-password" error={formState.errors.currentPassword?.message} {...register("currentPassword")} />
      <FormField
        id="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={formState.errors.newPassword?.message}
        {...register("newPassword")}
      />
      <FormField id="confirmPassword" label="Type the new password again" type="password" autoComplete="new-password" error={formState.errors.confirmPassword?.message} {...register("confirmPassword")} />
      <Button type="submit" variant="secondary" className="self-start" pending={formState.isSubmitting} pendingLabel="Saving…">
        Change password
      </Button>
    </form>
  );
}
