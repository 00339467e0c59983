import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { DEFAULT_LANGUAGE, LANGUAGES } from "@/lib/i18n/locales";
import { languageOf } from "@/lib/i18n/negotiate";
import { SignUpForm } from "./sign-up-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("metaTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ callbackUrl }, t, locale] = await Promise.all([searchParams, getTranslations("signUp"), getLocale()]);
  return (
    <ClientMessages namespaces={["common", "errors", "language", "signUp"]}>
      <AuthCard title={t("title")}>
        <p className="text-slate-700">{t("private")}</p>
        {/* A new account starts with the first-run setup, unless it was made on the way somewhere. */}
        <SignUpForm
          callbackUrl={safeCallbackPath(callbackUrl)}
          afterSignUp={callbackUrl ? safeCallbackPath(callbackUrl) : "/welcome"}
          language={languageOf(locale) ?? DEFAULT_LANGUAGE}
          languages={LANGUAGES.map(({ code, name }) => ({ value: code, label: name }))}
        />
      </AuthCard>
    </ClientMessages>
  );
}
