import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { hasSubscriptions } from "@/lib/push/subscriptions";
import { USER_REMINDER_KINDS } from "@/lib/reminders/vocabulary";
import { localDateOf } from "@/lib/time/local-day";
import { ReminderForm } from "../_components/reminder-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders"))("newMetaTitle") };
}

export default async function NewReminderPage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const [{ journal: person, user }, t] = await Promise.all([requireJournalAccess("manage-reminders"), getTranslations("reminders")]);
  // A link may suggest the kind (the health profile suggests a temperature reminder); anything else is the daily check.
  const requested = (await searchParams).kind;
  const kind = USER_REMINDER_KINDS.find((candidate) => candidate === requested) ?? "SELF_CHECK";
  return (
    <ClientMessages namespaces={["common", "errors", "reminderEmail.kinds", "reminders"]}>
      <h1 className="text-3xl font-bold">{t("new")}</h1>
      <ReminderForm
        locale={user.locale}
        timeZones={timeZoneNames()}
        // A new rule goes to whoever sets it (a carer's, to the carer): their devices.
        hasDevices={await hasSubscriptions(user.id)}
        defaults={{ kind, title: "", frequency: "DAILY", weekdays: [], intervalDays: null, dayOfMonth: null, localTime: "08:00", timeZone: person.timeZone, startDate: localDateOf(new Date(), person.timeZone), endDate: null, channel: "EMAIL" }}
      />
    </ClientMessages>
  );
}
