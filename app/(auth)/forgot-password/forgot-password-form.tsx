"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const t = useTranslations("forgotPassword");
  const [sent, setSent] = useState(false);
  const { register, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.emailOnlySchema),
    defaultValues: { email: "" },
    action: forgotPasswordAction,
    onSuccess: () => setSent(true),
  });

  if (sent) {
    return (
      <Notice tone="success">{t("sent")}</Notice>
    );
  }

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5">
      <FormField id="email" label={t("email")} type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <Button type="submit" pending={formState.isSubmitting} pendingLabel={t("sending")}>
        {t("submit")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
