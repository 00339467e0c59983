import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { ForgotPasswordForm } from "./forgot-password-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forgotPassword"))("metaTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgotPassword");
  return (
    <ClientMessages namespaces={["common", "errors", "forgotPassword"]}>
      <AuthCard title={t("title")}>
        <p className="text-slate-700">{t("intro")}</p>
        <ForgotPasswordForm />
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
      </AuthCard>
    </ClientMessages>
  );
}
