import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { hasSubscriptions } from "@/lib/push/subscriptions";
import { findEditableReminder, formValuesOf } from "@/lib/reminders/reminders";
import { ReminderForm } from "../../_components/reminder-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders"))("editMetaTitle") };
}

export default async function EditReminderPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ journal: person, user }, t] = await Promise.all([requireJournalAccess("manage-reminders"), getTranslations("reminders")]);
  const reminder = await findEditableReminder(person.id, (await params).id);
  if (!reminder) notFound();
  return (
    <ClientMessages namespaces={["common", "errors", "reminderEmail.kinds", "reminders"]}>
      <h1 className="text-3xl font-bold">{t("editTitle")}</h1>
      <ReminderForm reminderId={reminder.id} locale={user.locale} timeZones={timeZoneNames()} defaults={formValuesOf(reminder)} hasDevices={await hasSubscriptions(reminder.recipientId ?? reminder.userId)} />
    </ClientMessages>
  );
}
