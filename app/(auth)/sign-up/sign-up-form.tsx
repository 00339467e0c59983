"use client";

import { Link } from "@/app/_components/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { SelectField, type SelectOption } from "@/app/_components/select-field";
import { useActionForm } from "@/app/_components/use-action-form";
import { useReadMessage } from "@/app/_components/use-read-message";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/limits";
import { LOCALE_COOKIE, type Language } from "@/lib/i18n/locales";
import { signUpAction } from "./actions";

export function SignUpForm({ callbackUrl, afterSignUp, language, languages }: { callbackUrl: string; afterSignUp: string; language: Language; languages: SelectOption[] }) {
  const t = useTranslations("signUp");
  const tLanguage = useTranslations("language");
  const read = useReadMessage();
  const router = useRouter();
  // The answer is the same whether or not the address has an account: look in your inbox.
  const [sentTo, setSentTo] = useState<string>();
  const { register, onSubmit, status, setValue, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/auth/schemas").then((schemas) => schemas.signUpSchema),
    defaultValues: { name: "", email: "", password: "", timeZone: "UTC", language },
    action: (values) => signUpAction({ ...values, callbackUrl: afterSignUp }),
    onSuccess: (_, values) => setSentTo(values.email),
  });

  // The browser knows the person's time zone; reminders and days are computed in it.
  useEffect(() => {
    setValue("timeZone", Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  }, [setValue]);

  if (sentTo) {
    return (
      <div className="flex flex-col gap-4" role="status">
        <h2 className="text-2xl font-bold">{t("checkEmailTitle")}</h2>
        <p className="text-lg">{t.rich("checkEmailText", { email: sentTo, b: (chunks) => <strong>{chunks}</strong> })}</p>
        <p className="text-slate-700">{t("nothingArrived")}</p>
      </div>
    );
  }

  const languageField = register("language");
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5">
      {/* Choosing a language shows this page in it at once (what was typed stays), and the account keeps it. */}
      <SelectField
        id="language"
        label={tLanguage("label")}
        options={languages}
        autoComplete="language"
        error={formState.errors.language?.message}
        {...languageField}
        onChange={(event) => {
          void languageField.onChange(event);
          document.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(event.target.value)}; path=/; max-age=31536000; samesite=lax`;
          router.refresh();
        }}
      />
      <FormField id="name" label={t("name")} autoComplete="name" error={formState.errors.name?.message} {...register("name")} />
      <FormField id="email" label={t("email")} type="email" autoComplete="email" error={formState.errors.email?.message} {...register("email")} />
      <FormField
        id="password"
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint", { min: PASSWORD_MIN_LENGTH })}
        error={formState.errors.password?.message}
        {...register("password")}
      />
      <input type="hidden" {...register("timeZone")} />
      {formState.errors.timeZone ? <Notice tone="error">{read(formState.errors.timeZone.message)}</Notice> : null}
      <Button type="submit" pending={formState.isSubmitting} pendingLabel={t("submitting")}>
        {t("submit")}
      </Button>
      <FormStatusNotice status={status} />
      <p>
        {t("haveAccount")}{" "}
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`} className="font-semibold text-brand-700 underline">
          {t("signInLink")}
        </Link>
      </p>
    </form>
  );
}
