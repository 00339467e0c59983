"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { takeOverJournalAction } from "./actions";

/** The person a journal was kept for chooses a password; the journal becomes their account. */
export function TakeOverForm({ token }: { token: string }) {
  const router = useRouter();
  const t = useTranslations("invitation");
  const { register, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/journals/schemas").then((schemas) => schemas.takeOverSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
    action: takeOverJournalAction,
    onSuccess: () => {
      router.push("/sign-in?callbackUrl=%2Ftoday");
      return t("tookOver");
    },
  });
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-4" aria-label={t("takeOver")}>
      <FormField id="take-over-password" label={t("password")} type="password" autoComplete="new-password" hint={t("passwordHint", { min: 10 })} error={formState.errors.password?.message} {...register("password")} />
      <FormField id="take-over-confirm" label={t("passwordAgain")} type="password" autoComplete="new-password" error={formState.errors.confirmPassword?.message} {...register("confirmPassword")} />
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("takingOver")}>
        {t("takeOver")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
