import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { ConfirmEmailButton } from "./confirm-email-button";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("authPages.confirmEmail"))("metaTitle"), referrer: "no-referrer" };
}

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token }, t] = await Promise.all([searchParams, getTranslations("authPages.confirmEmail")]);
  return (
    <ClientMessages namespaces={["authPages.confirmEmail", "common", "errors"]}>
      <AuthCard title={t("title")}>
        {token ? <ConfirmEmailButton token={token} /> : <Notice tone="error">{t("needsLink")}</Notice>}
      </AuthCard>
    </ClientMessages>
  );
}
