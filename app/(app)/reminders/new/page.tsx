import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { timeZoneNames } from "@/lib/auth/time-zones";
import { localDateOf } from "@/lib/time/local-day";
import { ReminderForm } from "../_components/reminder-form";

export const metadata: Metadata = { title: "New reminder" };

export default async function NewReminderPage() {
  const user = await requireUser();
  return (
    <>
      <h1 className="text-3xl font-bold">New reminder</h1>
      <ReminderForm
        locale={user.locale}
        timeZones={timeZoneNames()}
        defaults={{ kind: "SELF_CHECK", title: "", frequency: "DAILY", weekdays: [], intervalDays: null, dayOfMonth: null, localTime: "08:00", timeZone: user.timeZone, startDate: localDateOf(new Date(), user.timeZone), endDate: null }}
      />
    </>
  );
}
