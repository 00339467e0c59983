import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { AuthCard } from "@/app/_components/auth-card";
import { clientAddress } from "@/lib/http/client-address";
import { isOutboxVisible } from "@/lib/mail/outbox";
import { isOutboxMode } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage() {
  const showOutbox = isOutboxVisible(clientAddress(await headers()), isOutboxMode());
  return (
    <AuthCard title="Check your email">
      <p className="text-lg">
        If an account exists for that address, we have sent it a sign-in link. The link works once and for the next 10 minutes.
      </p>
      <p className="text-slate-700">Nothing arrived? Look in your spam folder, or ask for a new link.</p>
      {showOutbox ? (
        <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-4">
          This copy of Footnote has no mail server configured, so emails are kept in the{" "}
          <Link href="/dev/outbox" className="font-semibold text-brand-700 underline">
            local outbox
          </Link>
          .
        </p>
      ) : null}
      <Link href="/sign-in" className="font-semibold text-brand-700 underline">
        Back to sign in
      </Link>
    </AuthCard>
  );
}
