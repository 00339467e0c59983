"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import { changeEmailAction } from "./actions";

export function EmailForm({ currentEmail }: { currentEmail: string }) {
  const t = useTranslations("settings.email");
  const { register, onSubmit, status, formState, resetField, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.changeEmailSchema),
    defaultValues: { email: "", currentPassword: "" },
    action: changeEmailAction,
    onSuccess: (_, values) => {
      resetField("currentPassword");
      return t("sent", { email: values.email });
    },
  });

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="email-heading">
      <h2 id="email-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="[overflow-wrap:anywhere]">{t.rich("now", { email: currentEmail, b: (words) => <strong>{words}</strong> })}</p>
      <FormField id="new-email" label={t("newEmail")} type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <FormField
        id="email-current-password"
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        error={formState.errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <Button type="submit" variant="secondary" className="self-start" pending={formState.isSubmitting} pendingLabel={t("sending")}>
        {t("submit")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
