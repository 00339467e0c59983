import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { countEntriesOn } from "@/lib/journal/queries";
import { formatDate } from "@/lib/time/format-in-zone";
import { localDateOf } from "@/lib/time/local-day";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireUser();
  const now = new Date();
  const checksToday = await countEntriesOn(user.id, localDateOf(now, user.timeZone));
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold">Hello, {user.name}</h1>
        <p className="text-lg text-slate-700">{formatDate(now, user)}</p>
      </div>
      <section aria-labelledby="today-check" className="flex flex-col items-start gap-3 rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="today-check" className="text-2xl font-bold">
          Today&apos;s foot check
        </h2>
        {checksToday > 0 ? (
          <p className="text-lg">
            <span aria-hidden="true">✓ </span>Done — you recorded {checksToday === 1 ? "a check" : `${checksToday} checks`} today.
          </p>
        ) : (
          <p className="text-lg">Not done yet. It takes a minute: look at the tops and soles of both feet, and between the toes.</p>
        )}
        <Link href="/journal/new" className="inline-flex min-h-12 items-center rounded-md bg-brand-600 px-5 text-lg font-semibold text-white">
          Check my feet now
        </Link>
        <p className="text-slate-700">
          Your days follow your time zone, {user.timeZone}. Wrong? Change it in{" "}
          <Link href="/settings" className="font-semibold text-brand-700 underline">
            Settings
          </Link>
          .
        </p>
      </section>
    </>
  );
}
