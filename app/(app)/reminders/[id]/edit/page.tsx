import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { hasSubscriptions } from "@/lib/push/subscriptions";
import { findEditableReminder, formValuesOf } from "@/lib/reminders/reminders";
import { ReminderForm } from "../../_components/reminder-form";

export const metadata: Metadata = { title: "Edit reminder" };

export default async function EditReminderPage({ params }: { params: Promise<{ id: string }> }) {
  const { journal: person } = await requireJournalAccess("manage-reminders");
  const reminder = await findEditableReminder(person.id, (await params).id);
  if (!reminder) notFound();
  return (
    <>
      <h1 className="text-3xl font-bold">Edit reminder</h1>
      <ReminderForm reminderId={reminder.id} locale={person.locale} timeZones={timeZoneNames()} defaults={formValuesOf(reminder)} hasDevices={await hasSubscriptions(reminder.recipientId ?? reminder.userId)} />
    </>
  );
}
