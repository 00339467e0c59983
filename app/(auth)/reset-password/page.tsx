import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Choose a new password">
      {token ? (
        <>
          <p className="text-slate-700">Saving a new password signs you out on every device; then sign in with the new one.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <Notice tone="error">This page needs the link from your reset email.</Notice>
      )}
      <Link href="/forgot-password" className="font-semibold text-brand-700 underline">
        Ask for a new reset link
      </Link>
    </AuthCard>
  );
}
