import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { FinishSignUpButton } from "./finish-sign-up-button";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signUp"))("finishTitle"), referrer: "no-referrer", robots: { index: false } };
}

// Opened from the sign-up email. The account is made by the button, not by opening the page:
// mail scanners open links, and must not use this one up.
export default async function FinishSignUpPage({ searchParams }: { searchParams: Promise<{ token?: string; callbackUrl?: string }> }) {
  const [{ token, callbackUrl }, t] = await Promise.all([searchParams, getTranslations("signUp")]);
  return (
    <ClientMessages namespaces={["common", "signUp"]}>
      <AuthCard title={t("finishTitle")}>
        {token ? (
          <FinishSignUpButton token={token} callbackUrl={safeCallbackPath(callbackUrl)} />
        ) : (
          <Notice tone="error">{t("finishNeedsLink")}</Notice>
        )}
      </AuthCard>
    </ClientMessages>
  );
}
