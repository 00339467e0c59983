import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { AppointmentForm } from "../../_components/appointment-form";

export const metadata: Metadata = { title: "New appointment" };

export default async function NewAppointmentPage() {
  const user = await requireUser();
  return (
    <>
      <h1 className="text-3xl font-bold">New appointment</h1>
      <AppointmentForm
        timeZones={timeZoneNames()}
        defaults={{ clinician: "", place: "", reason: "", date: "", time: "", timeZone: user.timeZone, remindBefore: [String(24 * 60), "120"], customHoursBefore: null }}
      />
    </>
  );
}
