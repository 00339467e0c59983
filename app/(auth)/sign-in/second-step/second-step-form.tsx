"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { postAuthForm } from "@/lib/auth/post-auth-form";
import { signInResult, useSignInWords } from "../sign-in-form";

export function SecondStepForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("authPages.secondStep");
  const words = useSignInWords();
  const router = useRouter();
  const form = useActionForm({
    schema: () => import("@/lib/two-step/schemas").then((schemas) => schemas.secondStepSchema),
    defaultValues: { code: "" },
    action: ({ code }) => signInResult(postAuthForm("callback/second-step", { code, callbackUrl }), { ...words, wrong: t("wrongCode") }),
    onSuccess: () => {
      router.push(callbackUrl);
      router.refresh();
    },
  });

  return (
    <form onSubmit={form.onSubmit} onFocus={form.preloadSchema} onPointerDown={form.preloadSchema} noValidate className="flex flex-col gap-4" aria-label={t("formLabel")}>
      <FormField
        id="second-step-code"
        label={t("code")}
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        maxLength={40}
        error={form.formState.errors.code?.message}
        {...form.register("code")}
      />
      <Button type="submit" pending={form.formState.isSubmitting} pendingLabel={t("checking")}>
        {t("submit")}
      </Button>
      <FormStatusNotice status={form.status} />
    </form>
  );
}
