import type { Metadata } from "next";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { AppointmentForm } from "../../_components/appointment-form";

export const metadata: Metadata = { title: "New appointment" };

export default async function NewAppointmentPage() {
  const { journal: person } = await requireJournalAccess("manage-reminders");
  return (
    <>
      <h1 className="text-3xl font-bold">New appointment</h1>
      <AppointmentForm
        timeZones={timeZoneNames()}
        defaults={{ clinician: "", place: "", reason: "", date: "", time: "", timeZone: person.timeZone, remindBefore: [String(24 * 60), "120"], customHoursBefore: null }}
      />
    </>
  );
}
