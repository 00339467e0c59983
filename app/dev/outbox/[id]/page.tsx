import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/http/client-address";
import { findOutboxMessage, isOutboxVisible } from "@/lib/mail/outbox";
import { isOutboxMode } from "@/lib/mail/send-mail";

export const metadata: Metadata = { title: "Outbox message", robots: { index: false }, referrer: "no-referrer" };

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!isOutboxVisible(clientAddress(await headers()), isOutboxMode())) notFound();
  const message = await findOutboxMessage((await params).id);
  if (!message) notFound();
  return (
    <main id="main" className="mx-auto flex w-full max-w-3xl flex-col gap-4 px-4 py-8">
      <Link href="/dev/outbox" className="font-semibold text-brand-700 underline">
        ← All emails
      </Link>
      <h1 className="text-2xl font-bold">{message.subject}</h1>
      <p className="text-slate-700">To {message.to}</p>
      <h2 className="text-xl font-bold">Plain text</h2>
      {/* Links in plain text are made clickable so a newcomer can follow a magic link here. */}
      <div className="whitespace-pre-wrap break-words rounded-md border border-slate-300 bg-white p-4 font-mono text-base">
        {message.text.split(/(https?:\/\/\S+)/).map((part, index) =>
          /^https?:\/\//.test(part) ? (
            <a key={index} href={part} className="text-brand-700 underline">
              {part}
            </a>
          ) : (
            part
          ),
        )}
      </div>
    </main>
  );
}
