import type { Metadata } from "next";
import { AuthCard } from "@/app/_components/auth-card";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <AuthCard title="Create your account">
      <p className="text-slate-700">Your journal is private: only you can see it, unless you choose to share a report.</p>
      {/* A new account starts with the first-run setup, unless it was made on the way somewhere. */}
      <SignUpForm callbackUrl={safeCallbackPath(callbackUrl)} afterSignUp={callbackUrl ? safeCallbackPath(callbackUrl) : "/welcome"} />
    </AuthCard>
  );
}
