import type { Metadata } from "next";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { Button } from "@/app/_components/button";

export const metadata: Metadata = { title: "Sign in with your link", referrer: "no-referrer", robots: { index: false } };

// The sign-in link in the email opens this page; the button sends the link's token to next-auth.
// A mail scanner that opens the link only sees this page, so the link still works for the person.
export default async function MagicLinkPage({ searchParams }: { searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }> }) {
  const { token, email, callbackUrl } = await searchParams;
  if (!token || !email) {
    return (
      <AuthCard title="Sign in with your link">
        <Notice tone="error">This page needs the link from your sign-in email.</Notice>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Sign in with your link">
      <p className="text-lg">
        Signing in as <strong>{email}</strong>.
      </p>
      <form method="get" action="/api/auth/callback/email">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={safeCallbackPath(callbackUrl)} />
        <Button type="submit">Sign in to Footnote</Button>
      </form>
    </AuthCard>
  );
}
