import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass, ButtonLink } from "@/app/_components/button";
import { EmptyState } from "@/app/_components/empty-state";
import { Notice } from "@/app/_components/notice";
import { listAppointments } from "@/lib/appointments/appointments";
import { findCalendarFeed } from "@/lib/appointments/calendar-feed";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { can, isCarer } from "@/lib/journals/policy";
import { describeSchedule, formatOccurrence } from "@/lib/reminders/describe";
import { professionalCheckStatus } from "@/lib/reminders/professional-check";
import { ProfessionalCheckNote } from "./_components/professional-check-note";
import { listFailedDeliveries, listReminders } from "@/lib/reminders/reminders";
import { reminderTitle } from "@/lib/reminders/reminder-title";
import { formatDateTime } from "@/lib/time/format-in-zone";
import { AppointmentFollowUps } from "./_components/appointment-follow-ups";
import { CalendarFeed } from "./_components/calendar-feed";
import { DeleteAppointmentButton } from "./_components/delete-appointment-button";
import { ReminderControls } from "./_components/reminder-controls";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders"))("metaTitle") };
}

export default async function RemindersPage() {
  const { journal: person, access, user } = await requireJournalAccess("read");
  const [t, tAppointments, tCalendar, reminders, failed, appointments, feed, professionalCheck] = await Promise.all([
    getTranslations("reminders"),
    getTranslations("appointments"),
    getTranslations("calendar"),
    listReminders(person.id),
    listFailedDeliveries(person.id),
    listAppointments(person.id),
    findCalendarFeed(person.id),
    professionalCheckStatus(person.id),
  ]);
  const now = new Date().getTime();
  // A carer who may only see sees the reminders and appointments, with nothing to press.
  const manages = can(access, "manage-reminders");
  // Words and dates in the reader's language (a carer's may differ from the person's), on the person's clock.
  const reader = { timeZone: person.timeZone, locale: user.locale };
  const schedule = (rule: Parameters<typeof describeSchedule>[0]) => describeSchedule(rule, user.locale, (key, values) => t(`schedule.${key}`, values));

  return (
    <ClientMessages namespaces={["appointments", "appointments.followUps", "calendar", "common", "dialogs", "errors", "reminders.controls"]}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {manages ? (
          <ButtonLink href="/reminders/new">
            {t("new")}
          </ButtonLink>
        ) : null}
      </div>

      {failed.length ? (
        <Notice tone="error">
          <h2 className="text-xl font-bold">{t("failedTitle")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {failed.map((delivery) => (
              <li key={delivery.id}>
                {t("failedItem", { title: reminderTitle(delivery.reminder, user.locale), due: formatDateTime(delivery.occurrenceAt, reader), attempts: delivery.attempts })}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}

      {manages ? <AppointmentFollowUps user={{ id: person.id, ...reader }} /> : null}

      <section aria-labelledby="reminders-heading" className="flex flex-col gap-3">
        <h2 id="reminders-heading" className="text-2xl font-bold">
          {isCarer(access) ? t("theirs", { name: person.name }) : t("yours")}
        </h2>
        {reminders.length === 0 ? (
          <EmptyState title={t("emptyTitle")} action={manages ? { href: "/reminders/new", label: t("emptyAction") } : undefined}>
            <p>{manages ? t("emptyText") : t("emptyTheirs", { name: person.name })}</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {reminders.map((reminder) => {
              const title = reminderTitle(reminder, user.locale);
              return (
                <li key={reminder.id} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-5">
                  <h3 className="text-xl font-bold">
                    {title} {reminder.active ? null : <span className="ml-2 rounded bg-slate-200 px-2 py-1 text-base font-semibold">{t("paused")}</span>}
                  </h3>
                  <p>{t("scheduleInZone", { schedule: schedule(reminder), timeZone: reminder.timeZone })}</p>
                  <p className="text-slate-700">{t(`channelSummaries.${reminder.channel}`)}</p>
                  <p className="text-slate-700">
                    {!reminder.active
                      ? t("pausedNote")
                      : reminder.nextOccurrenceAt
                        ? t("next", { when: formatOccurrence(reminder.nextOccurrenceAt, reminder.timeZone, user.locale) })
                        : t("finished")}
                  </p>
                  {manages ? <ReminderControls reminderId={reminder.id} active={reminder.active} title={title} /> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section id="appointments" aria-labelledby="appointments-heading" className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="appointments-heading" className="text-2xl font-bold">
            {tAppointments("title")}
          </h2>
          {manages ? (
            <ButtonLink href="/reminders/appointments/new" variant="secondary">
              {tAppointments("new")}
            </ButtonLink>
          ) : null}
        </div>
        {can(access, "owner-settings") ? <ProfessionalCheckNote status={professionalCheck} user={reader} /> : null}
        {appointments.length === 0 ? (
          <EmptyState title={tAppointments("emptyTitle")} action={manages ? { href: "/reminders/appointments/new", label: tAppointments("emptyAction") } : undefined}>
            <p>{manages ? tAppointments("emptyText") : tAppointments("emptyTheirs", { name: person.name })}</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {appointments.map((appointment) => {
              const clinician = appointment.clinician;
              return (
                <li key={appointment.id} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-5">
                  <h3 className="text-xl font-bold">{appointment.clinician}</h3>
                  <p>
                    {formatDateTime(appointment.startsAt, reader)}
                    {appointment.startsAt.getTime() < now ? tAppointments("passed") : ""}
                    {appointment.place ? ` — ${appointment.place}` : ""}
                  </p>
                  {appointment.reason ? <p className="text-slate-700">{appointment.reason}</p> : null}
                  {appointment.outcome ? <p className="text-slate-700">{tAppointments("outcome", { outcome: appointment.outcome })}</p> : null}
                  <div className="flex flex-wrap gap-2">
                    <a href={`/api/appointments/${appointment.id}/ics`} download className={buttonClass("secondary")} aria-label={tAppointments("addToCalendarLabel", { clinician })}>
                      {tAppointments("addToCalendar")}
                    </a>
                    {manages ? <DeleteAppointmentButton appointmentId={appointment.id} clinician={clinician} /> : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {can(access, "owner-settings") ? (
        <section aria-labelledby="feed-heading" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-5">
          <h2 id="feed-heading" className="text-2xl font-bold">
            {tCalendar("title")}
          </h2>
          <p>{tCalendar("intro")}</p>
          {feed ? <p className="text-slate-700">{tCalendar("madeOn", { date: formatDateTime(feed.createdAt, reader) })}</p> : null}
          <CalendarFeed hasFeed={Boolean(feed)} />
        </section>
      ) : null}
    </ClientMessages>
  );
}
