import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { AppointmentForm } from "../../_components/appointment-form";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("appointments"))("newMetaTitle") };
}

export default async function NewAppointmentPage() {
  const [{ journal: person }, t] = await Promise.all([requireJournalAccess("manage-reminders"), getTranslations("appointments")]);
  return (
    <ClientMessages namespaces={["appointments.form", "common", "errors"]}>
      <h1 className="text-3xl font-bold">{t("new")}</h1>
      <AppointmentForm
        timeZones={timeZoneNames()}
        defaults={{ clinician: "", place: "", reason: "", date: "", time: "", timeZone: person.timeZone, remindBefore: [String(24 * 60), "120"], customHoursBefore: null }}
      />
    </ClientMessages>
  );
}
