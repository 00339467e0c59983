import type { Metadata } from "next";
import { QueuedChecks } from "../journal/_offline/queued-checks";
import Link from "next/link";
import { AdviceList } from "@/app/_components/advice-list";
import { ButtonLink } from "@/app/_components/button";
import { RecentPainChart } from "@/app/_components/recent-pain-chart";
import { AppointmentFollowUps } from "@/app/(app)/reminders/_components/appointment-follow-ups";
import { currentGuidance } from "@/lib/advice/load";
import { ACTIVE_FOR, NO_ACTIVE_GUIDANCE } from "@/lib/advice/wording";
import { nextAppointment } from "@/lib/appointments/appointments";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { can, isCarer } from "@/lib/journals/policy";
import { getHealthProfile } from "@/lib/health-profile/health-profile";
import { formatOccurrence } from "@/lib/reminders/describe";
import { nextReminder } from "@/lib/reminders/reminders";
import { reminderTitle } from "@/lib/reminders/vocabulary";
import { setupProgress } from "@/lib/setup/setup";
import { recentPain, todayStatus } from "@/lib/trends/dashboard";
import { checkedDaysSentence } from "@/lib/trends/summaries";
import { formatDate, formatDateTime } from "@/lib/time/format-in-zone";
import { SetupCard } from "./setup-card";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const { journal: person, access, user } = await requireJournalAccess("read");
  const own = !isCarer(access);
  const now = new Date();
  const [status, profile, guidance, pain, reminder, appointment, setup] = await Promise.all([
    todayStatus(person, now),
    getHealthProfile(person.id),
    currentGuidance(person, now),
    recentPain(person, now),
    nextReminder(person.id, now),
    nextAppointment(person.id, now),
    setupProgress(person.id),
  ]);
  const { checksToday, streak } = status;
  return (
    <>
      <div>
        <h1 className="text-3xl font-bold">{own ? `Hello, ${user.name}` : `${person.name}’s feet today`}</h1>
        <p className="text-lg text-slate-700">{formatDate(now, person)}</p>
      </div>
      <QueuedChecks userId={user.id} />
      {setup.done || !own ? null : <SetupCard progress={setup} />}
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
        {can(access, "record") ? <ButtonLink href="/journal/new">{own ? "Check my feet now" : `Check ${person.name}’s feet now`}</ButtonLink> : null}
        <p className="text-lg" data-testid="streak">
          {streak === 0
            ? "No run of daily checks at the moment — today's check starts one."
            : `${streak} ${streak === 1 ? "day" : "days"} in a row with a check${checksToday === 0 ? " up to yesterday: check today to keep it going" : ""}.`}
        </p>
        {profile.conditions.includes("DIABETES") ? (
          <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-lg" data-testid="checked-days">
            {checkedDaysSentence(status)} With diabetes, a look every day is the standard of care: small changes are easier to treat when caught early.
          </p>
        ) : null}
        {own ? (
          <p className="text-slate-700">
            Your days follow your time zone, {person.timeZone}. Wrong? Change it in{" "}
            <Link href="/settings" className="font-semibold text-brand-700 underline">
              Settings
            </Link>
            .
          </p>
        ) : (
          <p className="text-slate-700">
            {person.name}’s days follow their time zone, {person.timeZone}.
          </p>
        )}
      </section>

      <section aria-labelledby="glance-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="glance-heading" className="sr-only">
          Coming up
        </h2>
        <div className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4" data-testid="next-reminder">
          <h3 className="text-xl font-bold">Next reminder</h3>
          {reminder?.nextOccurrenceAt ? (
            <p>
              {reminder.appointment ? `Appointment with ${reminder.appointment.clinician}` : reminderTitle(reminder)}: {formatOccurrence(reminder.nextOccurrenceAt, reminder.timeZone, person.locale)}
            </p>
          ) : (
            <p>None set. A daily email can remind you to check your feet.</p>
          )}
          <Link href={reminder ? "/reminders" : "/reminders/new"} className="font-semibold text-brand-700 underline">
            {reminder ? "Your reminders" : "Set a reminder"}
          </Link>
        </div>
        <div className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4" data-testid="next-appointment">
          <h3 className="text-xl font-bold">Next appointment</h3>
          {appointment ? (
            <p>
              {appointment.clinician}: {formatDateTime(appointment.startsAt, person)}
              {appointment.place ? ` — ${appointment.place}` : ""}
            </p>
          ) : (
            <p>None booked. Add one to get reminders and a report ready for the visit.</p>
          )}
          <Link href={appointment ? "/reminders#appointments" : "/reminders/appointments/new"} className="font-semibold text-brand-700 underline">
            {appointment ? "Your appointments" : "Add an appointment"}
          </Link>
        </div>
      </section>

      <div className="flex flex-col gap-2">
        <AdviceList advice={guidance.advice} wording={{ locale: person.locale, today: guidance.asOf.localDate }} headingId="active-guidance" title="Guidance still active" emptyText={NO_ACTIVE_GUIDANCE} />
        <p className="text-base text-slate-700">{ACTIVE_FOR}</p>
      </div>

      <section aria-labelledby="recent-pain-heading" className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="recent-pain-heading" className="text-2xl font-bold">
          Pain, last 14 days
        </h2>
        <RecentPainChart recent={pain} locale={person.locale} />
        <Link href="/trends" className="font-semibold text-brand-700 underline">
          See how your feet are doing over time
        </Link>
      </section>

      {can(access, "manage-reminders") ? <AppointmentFollowUps user={person} /> : null}
    </>
  );
}
