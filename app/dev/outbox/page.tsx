import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { isOutboxVisible, listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/mail/outbox";
import { isOutboxMode } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Local outbox", robots: { index: false } };

export default async function OutboxPage() {
  if (!isOutboxVisible(clientAddress(await headers()), isOutboxMode())) notFound();
  const messages = await listOutbox();
  return (
    <main id="main" className="mx-auto flex w-full max-w-3xl flex-col gap-6 px-4 py-8">
      <h1 className="text-3xl font-bold">Local outbox</h1>
      <p className="text-slate-700">
        No mail server is configured (SMTP_URL), so Footnote keeps its emails here instead of sending them. The newest {OUTBOX_PAGE_SIZE} are shown.
      </p>
      {messages.length === 0 ? (
        <p className="rounded-md border-2 border-dashed border-slate-400 bg-white p-5">No emails yet. Ask for a sign-in link or a password reset and it will appear here.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {messages.map((message) => (
            <li key={message.id}>
              <Link href={`/dev/outbox/${message.id}`} className="block rounded-md border border-slate-300 bg-white p-4 hover:bg-brand-50">
                <span className="block font-semibold text-brand-700 underline">{message.subject}</span>
                <span className="block text-base text-slate-700">
                  To {message.to} · {message.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
