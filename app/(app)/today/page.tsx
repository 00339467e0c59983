import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { QueuedChecks } from "../journal/_offline/queued-checks";
import { AdviceList } from "@/app/_components/advice-list";
import { ButtonLink } from "@/app/_components/button";
import { RecentPainChart } from "@/app/_components/recent-pain-chart";
import { AppointmentFollowUps } from "@/app/(app)/reminders/_components/appointment-follow-ups";
import { currentGuidance } from "@/lib/advice/load";
import { nextAppointment } from "@/lib/appointments/appointments";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { can, isCarer } from "@/lib/journals/policy";
import { getHealthProfile } from "@/lib/health-profile/health-profile";
import { formatOccurrence } from "@/lib/reminders/describe";
import { nextReminder } from "@/lib/reminders/reminders";
import { reminderTitle } from "@/lib/reminders/reminder-title";
import { setupProgress } from "@/lib/setup/setup";
import { recentPain, todayStatus } from "@/lib/trends/dashboard";
import { checkedDaysSentence } from "@/lib/trends/summaries";
import { formatDate, formatDateTime } from "@/lib/time/format-in-zone";
import { SetupCard } from "./setup-card";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("today") };
}

export default async function TodayPage() {
  const { journal: person, access, user } = await requireJournalAccess("read");
  const own = !isCarer(access);
  const now = new Date();
  const [status, profile, guidance, pain, reminder, appointment, setup, t, tGuidance] = await Promise.all([
    todayStatus(person, now),
    getHealthProfile(person.id),
    currentGuidance(person, now),
    recentPain(person, now),
    nextReminder(person.id, now),
    nextAppointment(person.id, now),
    setupProgress(person.id),
    getTranslations("today"),
    getTranslations("guidance"),
  ]);
  const { checksToday, streak } = status;
  const link = (chunks: React.ReactNode) => (
    <Link href="/settings" className="font-semibold text-brand-700 underline">
      {chunks}
    </Link>
  );
  return (
    <ClientMessages namespaces={["appointments.followUps", "common", "dialogs", "errors", "healed", "queued", "today"]}>
      <div>
        <h1 className="text-3xl font-bold">{own ? t("hello", { name: user.name }) : t("theirFeet", { name: person.name })}</h1>
        <p className="text-lg text-slate-700">{formatDate(now, person)}</p>
      </div>
      <QueuedChecks userId={user.id} />
      {setup.done || !own ? null : <SetupCard progress={setup} />}
      <section aria-labelledby="today-check" className="flex flex-col items-start gap-3 rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="today-check" className="text-2xl font-bold">
          {t("checkTitle")}
        </h2>
        {checksToday > 0 ? (
          <p className="text-lg">
            <span aria-hidden="true">✓ </span>
            {t("done", { checks: checksToday })}
          </p>
        ) : (
          <p className="text-lg">{t("notDone")}</p>
        )}
        {can(access, "record") ? <ButtonLink href="/journal/new">{own ? t("checkNow") : t("checkTheirsNow", { name: person.name })}</ButtonLink> : null}
        <p className="text-lg" data-testid="streak">
          {streak === 0 ? t("noStreak") : checksToday === 0 ? t("streakUpToYesterday", { days: streak }) : t("streak", { days: streak })}
        </p>
        {profile.conditions.includes("DIABETES") ? (
          <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-3 text-lg" data-testid="checked-days">
            {checkedDaysSentence(status, person.locale)} {t("diabetesDaily")}
          </p>
        ) : null}
        <p className="text-slate-700">{own ? t.rich("yourZone", { zone: person.timeZone, link }) : t("theirZone", { name: person.name, zone: person.timeZone })}</p>
      </section>

      <section aria-labelledby="glance-heading" className="grid gap-4 sm:grid-cols-2">
        <h2 id="glance-heading" className="sr-only">
          {t("comingUp")}
        </h2>
        <div className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4" data-testid="next-reminder">
          <h3 className="text-xl font-bold">{t("nextReminder")}</h3>
          {reminder?.nextOccurrenceAt ? (
            <p>
              {reminder.appointment ? t("appointmentWith", { clinician: reminder.appointment.clinician }) : reminderTitle(reminder, person.locale)}: {formatOccurrence(reminder.nextOccurrenceAt, reminder.timeZone, person.locale)}
            </p>
          ) : (
            <p>{t("noReminder")}</p>
          )}
          <Link href={reminder ? "/reminders" : "/reminders/new"} className="font-semibold text-brand-700 underline">
            {reminder ? t("yourReminders") : t("setReminder")}
          </Link>
        </div>
        <div className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4" data-testid="next-appointment">
          <h3 className="text-xl font-bold">{t("nextAppointment")}</h3>
          {appointment ? (
            <p>
              {appointment.clinician}: {formatDateTime(appointment.startsAt, person)}
              {appointment.place ? ` — ${appointment.place}` : ""}
            </p>
          ) : (
            <p>{t("noAppointment")}</p>
          )}
          <Link href={appointment ? "/reminders#appointments" : "/reminders/appointments/new"} className="font-semibold text-brand-700 underline">
            {appointment ? t("yourAppointments") : t("addAppointment")}
          </Link>
        </div>
      </section>

      <div className="flex flex-col gap-2">
        <AdviceList
          advice={guidance.advice}
          wording={{ locale: person.locale, today: guidance.asOf.localDate }}
          headingId="active-guidance"
          title={tGuidance("activeTitle")}
          emptyText={tGuidance("noActiveGuidance")}
        />
        <p className="text-base text-slate-700">{tGuidance("activeFor")}</p>
      </div>

      <section aria-labelledby="recent-pain-heading" className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="recent-pain-heading" className="text-2xl font-bold">
          {t("painTitle")}
        </h2>
        <RecentPainChart recent={pain} locale={person.locale} />
        <Link href="/trends" className="font-semibold text-brand-700 underline">
          {t("seeTrends")}
        </Link>
      </section>

      {can(access, "manage-reminders") ? <AppointmentFollowUps user={person} /> : null}
    </ClientMessages>
  );
}
