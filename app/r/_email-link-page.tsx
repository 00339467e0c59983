import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of the pages opened from reminder emails, without signing in. */
export function EmailLinkPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto flex w-full max-w-xl flex-col gap-5 px-4 py-10">
      <h1 className="text-3xl font-bold">{title}</h1>
      {children}
    </main>
  );
}

export function Expired() {
  return (
    <EmailLinkPage title="This link has expired">
      <p className="text-lg">Links in reminder emails work for 30 days. You can change any reminder after signing in.</p>
      <Link href="/reminders" className="text-lg font-semibold text-brand-700 underline">
        Go to your reminders
      </Link>
    </EmailLinkPage>
  );
}
