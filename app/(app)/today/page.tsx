import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/time/format-in-zone";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireUser();
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold">Hello, {user.name}</h1>
        <p className="text-lg text-slate-700">{formatDate(new Date(), user)}</p>
      </div>
      <EmptyState title="Today's foot check">
        <p>
          Soon you will record your daily self-check here: what you see and feel, where, how much it hurts, and photos. Until then, make sure your
          time zone in <Link href="/settings" className="font-semibold text-brand-700 underline">Settings</Link> is right — your days and reminders follow it.
        </p>
      </EmptyState>
    </>
  );
}
