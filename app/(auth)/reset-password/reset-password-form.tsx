"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/app/_components/apply-server-errors";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/submit-button";
import { PASSWORD_MIN_LENGTH, resetPasswordSchema, type ResetPasswordInput } from "@/lib/auth/schemas";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<ResetPasswordInput>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await resetPasswordAction(values);
    if (!result.ok) return setFormError(applyServerErrors(result, setError) ?? formState.errors.token?.message);
    router.push("/sign-in?reset=1");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      {formState.errors.token ? <Notice tone="error">{formState.errors.token.message}</Notice> : null}
      <input type="hidden" {...register("token")} />
      <FormField
        id="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        error={formState.errors.password?.message}
        {...register("password")}
      />
      <FormField
        id="confirmPassword"
        label="Type the new password again"
        type="password"
        autoComplete="new-password"
        error={formState.errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" pending={formState.isSubmitting} pendingLabel="Saving…">
        Save my new password
      </Button>
    </form>
  );
}
