"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import { useReadMessage } from "@/app/_components/use-read-message";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/limits";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("authPages.resetPassword");
  const read = useReadMessage();
  const router = useRouter();
  const { register, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.resetPasswordSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
    action: resetPasswordAction,
    onSuccess: () => router.push("/sign-in?reset=1"),
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5">
      {formState.errors.token ? <Notice tone="error">{read(formState.errors.token.message)}</Notice> : null}
      <input type="hidden" {...register("token")} />
      <FormField
        id="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        error={formState.errors.password?.message}
        {...register("password")}
      />
      <FormField
        id="confirmPassword"
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        error={formState.errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" pending={formState.isSubmitting} pendingLabel={t("saving")}>
        {t("save")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
