import type { Metadata } from "next";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { FinishSignUpButton } from "./finish-sign-up-button";

export const metadata: Metadata = { title: "Finish creating your account", referrer: "no-referrer", robots: { index: false } };

// Opened from the sign-up email. The account is made by the button, not by opening the page:
// mail scanners open links, and must not use this one up.
export default async function FinishSignUpPage({ searchParams }: { searchParams: Promise<{ token?: string; callbackUrl?: string }> }) {
  const { token, callbackUrl } = await searchParams;
  return (
    <AuthCard title="Finish creating your account">
      {token ? (
        <FinishSignUpButton token={token} callbackUrl={safeCallbackPath(callbackUrl)} />
      ) : (
        <Notice tone="error">This page needs the link from your sign-up email.</Notice>
      )}
    </AuthCard>
  );
}
