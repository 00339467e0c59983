import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { ResetPasswordForm } from "./reset-password-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("authPages.resetPassword"))("metaTitle"), referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("authPages.resetPassword")]);
  return (
    <ClientMessages namespaces={["authPages.resetPassword", "common", "errors"]}>
      <AuthCard title={t("title")}>
        {token ? (
          <>
            <p className="text-slate-700">{t("intro")}</p>
            <ResetPasswordForm token={token} />
          </>
        ) : (
          <Notice tone="error">{t("needsLink")}</Notice>
        )}
        <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
          {t("askAgain")}
        </Link>
      </AuthCard>
    </ClientMessages>
  );
}
