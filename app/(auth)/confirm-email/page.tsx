import type { Metadata } from "next";
import { AuthCard } from "@/app/_components/auth-card";
import { Notice } from "@/app/_components/notice";
import { ConfirmEmailButton } from "./confirm-email-button";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your new email address">
      {token ? <ConfirmEmailButton token={token} /> : <Notice tone="error">This page needs the link from your confirmation email.</Notice>}
    </AuthCard>
  );
}
