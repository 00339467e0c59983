import type { Metadata } from "next";
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
import { CHANNEL_SUMMARIES, reminderTitle } from "@/lib/reminders/vocabulary";
import { formatDateTime } from "@/lib/time/format-in-zone";
import { AppointmentFollowUps } from "./_components/appointment-follow-ups";
import { CalendarFeed } from "./_components/calendar-feed";
import { DeleteAppointmentButton } from "./_components/delete-appointment-button";
import { ReminderControls } from "./_components/reminder-controls";

export const metadata: Metadata = { title: "Reminders" };

export default async function RemindersPage() {
  const { journal: person, access } = await requireJournalAccess("read");
  const [reminders, failed, appointments, feed, professionalCheck] = await Promise.all([
    listReminders(person.id),
    listFailedDeliveries(person.id),
    listAppointments(person.id),
    findCalendarFeed(person.id),
    professionalCheckStatus(person.id),
  ]);
  const now = new Date().getTime();
  // A carer who may only see sees the reminders and appointments, with nothing to press.
  const manages = can(access, "manage-reminders");
  const whose = isCarer(access) ? `${person.name}’s` : "Your";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Reminders</h1>
        {manages ? (
          <ButtonLink href="/reminders/new">
            New reminder
          </ButtonLink>
        ) : null}
      </div>

      {failed.length ? (
        <Notice tone="error">
          <h2 className="text-xl font-bold">Some reminder emails could not be sent</h2>
          <ul className="mt-2 list-disc pl-6">
            {failed.map((delivery) => (
              <li key={delivery.id}>
                {reminderTitle(delivery.reminder, person.locale)}, due {formatDateTime(delivery.occurrenceAt, person)} — we tried {delivery.attempts} times. Check your email address in Settings, or send a test.
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}

      {manages ? <AppointmentFollowUps user={person} /> : null}

      <section aria-labelledby="reminders-heading" className="flex flex-col gap-3">
        <h2 id="reminders-heading" className="text-2xl font-bold">
          {whose} reminders
        </h2>
        {reminders.length === 0 ? (
          <EmptyState title="No reminders yet" action={manages ? { href: "/reminders/new", label: "Set up a daily foot check reminder" } : undefined}>
            <p>{manages ? "Get an email at your own local time to check your feet, do your care routine, or anything else." : `${person.name} has no reminders set.`}</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {reminders.map((reminder) => {
              const title = reminderTitle(reminder, person.locale);
              return (
                <li key={reminder.id} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-5">
                  <h3 className="text-xl font-bold">
                    {title} {reminder.active ? null : <span className="ml-2 rounded bg-slate-200 px-2 py-1 text-base font-semibold">Paused</span>}
                  </h3>
                  <p>
                    {describeSchedule(reminder)} ({reminder.timeZone})
                  </p>
                  <p className="text-slate-700">{CHANNEL_SUMMARIES[reminder.channel]}</p>
                  <p className="text-slate-700">
                    {!reminder.active
                      ? "Paused: no emails until you resume it."
                      : reminder.nextOccurrenceAt
                        ? `Next: ${formatOccurrence(reminder.nextOccurrenceAt, reminder.timeZone, person.locale)}`
                        : "Finished: its last day has passed."}
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
            Appointments
          </h2>
          {manages ? (
            <ButtonLink href="/reminders/appointments/new" variant="secondary">
              New appointment
            </ButtonLink>
          ) : null}
        </div>
        {can(access, "owner-settings") ? <ProfessionalCheckNote status={professionalCheck} user={person} /> : null}
        {appointments.length === 0 ? (
          <EmptyState title="No appointments yet" action={manages ? { href: "/reminders/appointments/new", label: "Add an appointment" } : undefined}>
            <p>{manages ? "Add a doctor or foot clinic visit to get reminders before it and a calendar entry." : `${person.name} has no appointments noted.`}</p>
          </EmptyState>
        ) : (
          <ul className="flex flex-col gap-3">
            {appointments.map((appointment) => {
              const label = `the appointment with ${appointment.clinician}`;
              return (
                <li key={appointment.id} className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-5">
                  <h3 className="text-xl font-bold">{appointment.clinician}</h3>
                  <p>
                    {formatDateTime(appointment.startsAt, person)}
                    {appointment.startsAt.getTime() < now ? " (passed)" : ""}
                    {appointment.place ? ` — ${appointment.place}` : ""}
                  </p>
                  {appointment.reason ? <p className="text-slate-700">{appointment.reason}</p> : null}
                  {appointment.outcome ? <p className="text-slate-700">Outcome: {appointment.outcome}</p> : null}
                  <div className="flex flex-wrap gap-2">
                    <a href={`/api/appointments/${appointment.id}/ics`} download className={buttonClass("secondary")} aria-label={`Add ${label} to my calendar (.ics)`}>
                      Add to my calendar (.ics)
                    </a>
                    {manages ? <DeleteAppointmentButton appointmentId={appointment.id} label={label} /> : null}
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
            Your calendar
          </h2>
          <p>See your appointments and reminders in your own calendar app, kept up to date, through a private address.</p>
          {feed ? <p className="text-slate-700">Your current address was made on {formatDateTime(feed.createdAt, person)}.</p> : null}
          <CalendarFeed hasFeed={Boolean(feed)} />
        </section>
      ) : null}
    </>
  );
}
