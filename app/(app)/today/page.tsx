import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentFollowUps } from "@/app/(app)/reminders/_components/appointment-follow-ups";
import { requireUser } from "@/lib/auth/current-user";
import { getHealthProfile } from "@/lib/health-profile/health-profile";
import { todayStatus } from "@/lib/trends/dashboard";
import { formatDate } from "@/lib/time/format-in-zone";
import { ButtonLink } from "@/app/_components/button";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const user = await requireUser();
  const now = new Date();
  const [status, profile] = await Promise.all([todayStatus(user, now), getHealthProfile(user.id)]);
  const { checksToday, streak, daysChecked30 } = status;
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
        <ButtonLink href="/journal/new">Check my feet now</ButtonLink>
        <p className="text-lg" data-testid="streak">
          {streak === 0
            ? "No run of daily checks at the moment — today's check starts one."
            : `${streak} ${streak === 1 ? "day" : "days"} in a row with a check${checksToday === 0 ? " up to yesterday: check today to keep it going" : ""}.`}
        </p>
        {profile.conditions.includes("DIABETES") ? (
          <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-lg" data-testid="last-30-days">
            You checked your feet on <strong>{daysChecked30} of the last 30 days</strong>. With diabetes, a look every day is the standard of care: small changes are easier to treat when caught early.
          </p>
        ) : null}
        <p className="text-slate-700">
          Your days follow your time zone, {user.timeZone}. Wrong? Change it in{" "}
          <Link href="/settings" className="font-semibold text-brand-700 underline">
            Settings
          </Link>
          .
        </p>
      </section>
      <AppointmentFollowUps user={user} />
      <p>
        <Link href="/trends" className="font-semibold text-brand-700 underline">
          See how your feet are doing over time
        </Link>
      </p>
    </>
  );
}
