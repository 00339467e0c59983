import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/app/_components/auth-card";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Forgot your password?">
      <p className="text-slate-700">Enter the email address of your account and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
      <Link href="/sign-in" className="font-semibold text-brand-700 underline">
        Back to sign in
      </Link>
    </AuthCard>
  );
}
