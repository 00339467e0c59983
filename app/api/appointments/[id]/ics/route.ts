import { translatorFor } from "@/lib/i18n/translator";
import { AppError } from "@/lib/app-error";
import { appointmentEvent } from "@/lib/appointments/calendar-feed";
import { findAppointment } from "@/lib/appointments/appointments";
import { buildCalendar } from "@/lib/appointments/ics";
import { serverEnv } from "@/lib/env";
import { journalRoute } from "@/lib/routes";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

/** One appointment as an .ics file, for those who may read its journal; anyone else gets 404. */
export const GET = journalRoute<Context>("read", async ({ access, user }, _request, { params }) => {
  const appointment = await findAppointment(access.journalId, (await params).id);
  if (!appointment) throw AppError.notFound("That appointment could not be found.");
  const body = buildCalendar([appointmentEvent(appointment, serverEnv().NEXTAUTH_URL, user.locale)], { name: translatorFor(user.locale, "appointments.ics")("fileName"), method: "PUBLISH" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="appointment-${appointment.startsAt.toISOString().slice(0, 10)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
});
