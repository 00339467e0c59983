import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { Button } from "@/app/_components/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("authPages.link"))("metaTitle"), referrer: "no-referrer", robots: { index: false } };
}

// The sign-in link in the email opens this page; the button sends the link's token to next-auth.
// A mail scanner that opens the link only sees this page, so the link still works for the person.
export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> }) {
  const [{ token, email, callbackUrl }, t] = await Promise.all([searchParams, getTranslations("authPages.link")]);
  if (!token || !email) {
    return (
      <AuthCard title={t("title")}>
        <Notice tone="error">{t("needsLink")}</Notice>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t("title")}>
      <p className="text-lg">{t.rich("signingInAs", { email, b: (words) => <strong>{words}</strong> })}</p>
      <form method="get" action="/api/auth/callback/email">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={safeCallbackPath(callbackUrl)} />
        <Button type="submit">{t("submit")}</Button>
      </form>
    </AuthCard>
  );
}
