"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/limits";
import { changePasswordAction } from "./actions";

export function PasswordForm() {
  const t = useTranslations("settings.password");
  const { register, onSubmit, status, formState, reset, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
    action: changePasswordAction,
    onSuccess: () => {
      reset();
      return t("changed");
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="password-heading">
      <h2 id="password-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <FormField id="currentPassword" label={t("current")} type="password" autoComplete="current-password" error={formState.errors.currentPassword?.message} {...register("currentPassword")} />
      <FormField
        id="newPassword"
        label={t("new")}
        type="password"
        autoComplete="new-password"
        hint={t("newHint", { min: PASSWORD_MIN_LENGTH })}
        error={formState.errors.newPassword?.message}
        {...register("newPassword")}
      />
      <FormField id="confirmPassword" label={t("confirm")} type="password" autoComplete="new-password" error={formState.errors.confirmPassword?.message} {...register("confirmPassword")} />
      <Button type="submit" variant="secondary" className="self-start" pending={formState.isSubmitting} pendingLabel={t("saving")}>
        {t("submit")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
