import { AppError } from "@/lib/app-error";
import { appointmentEvent } from "@/lib/appointments/calendar-feed";
import { findAppointment } from "@/lib/appointments/appointments";
import { buildCalendar } from "@/lib/appointments/ics";
import { serverEnv } from "@/lib/env";
import { userRoute } from "@/lib/routes";

export const runtime = "nodejs";

type Context = { params: Promise<{ id: string }> };

/** One appointment as an .ics file, for its owner only; anyone else gets 404. */
export const GET = userRoute<Context>(async (user, _request, { params }) => {
  const appointment = await findAppointment(user.id, (await params).id);
  if (!appointment) throw AppError.notFound("That appointment could not be found.");
  const body = buildCalendar([appointmentEvent(appointment, serverEnv().NEXTAUTH_URL)], { name: "Footnote appointment", method: "PUBLISH" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="appointment-${appointment.startsAt.toISOString().slice(0, 10)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
});
