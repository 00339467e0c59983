import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { DEMO_EMAIL, DEMO_PASSWORD } from "@/lib/demo/demo-credentials";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { isOutboxMode } from "@/lib/mail/send-mail";
import { PasskeySignIn } from "./passkey-sign-in";
import { MagicLinkForm, SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

// next-auth sends people here with ?error= when a link or sign-in fails.
const ERRORS: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "That sign-in link is not valid. Ask for a new one below.",
  SessionRequired: "Please sign in to continue.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string; reset?: string }> }) {
  const { callbackUrl, error, reset } = await searchParams;
  const target = safeCallbackPath(callbackUrl);
  return (
    <AuthCard title="Sign in">
      {reset ? <Notice tone="success">Your password was changed. Sign in with your new password.</Notice> : null}
      {error ? <Notice tone="error">{ERRORS[error] ?? "Signing in did not work. Please try again."}</Notice> : null}
      <SignInForm callbackUrl={target} />
      <hr className="border-slate-300" />
      <MagicLinkForm callbackUrl={target} />
      <hr className="border-slate-300" />
      <PasskeySignIn callbackUrl={target} />
      {isOutboxMode() ? (
        <Notice tone="info">
          <strong>Just looking around?</strong> On this local copy, run <code>npm run seed</code> in a terminal, then sign in as <strong>{DEMO_EMAIL}</strong>{" "}
          with the password <strong>{DEMO_PASSWORD}</strong> to see 120 days of example checks.
        </Notice>
      ) : null}
      <p>
        New to Footnote?{" "}
        <Link href={`/sign-up?callbackUrl=${encodeURIComponent(target)}`} className="font-semibold text-brand-700 underline">
          Create an account
        </Link>
      </p>
    </AuthCard>
  );
}
