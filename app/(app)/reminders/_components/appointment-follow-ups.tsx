import { getTranslations } from "next-intl/server";
import { appointmentsAwaitingOutcome } from "@/lib/appointments/appointments";
import { formatDateTime } from "@/lib/time/format-in-zone";
import { OutcomeForm } from "./outcome-form";

/**
 * "Your appointment has passed: how did it go, and when is the next one?" for each passed
 * appointment with no outcome yet. Renders nothing when there is none, so any page can place it.
 */
export async function AppointmentFollowUps({ user }: { user: { id: string; timeZone: string; locale: string } }) {
  const awaiting = await appointmentsAwaitingOutcome(user.id);
  if (!awaiting.length) return null;
  const t = await getTranslations("appointments.followUps");
  return (
    <section aria-labelledby="follow-ups-heading" className="flex flex-col gap-4 rounded-lg border-2 border-brand-600 bg-white p-5">
      <h2 id="follow-ups-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      {awaiting.map((appointment) => (
        <OutcomeForm key={appointment.id} appointmentId={appointment.id} heading={t("heading", { clinician: appointment.clinician, when: formatDateTime(appointment.startsAt, user) })} />
      ))}
    </section>
  );
}
