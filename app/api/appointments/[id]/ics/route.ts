import { appointmentEvent } from "@/lib/appointments/calendar-feed";
import { findAppointment } from "@/lib/appointments/appointments";
import { buildCalendar } from "@/lib/appointments/ics";
import { getCurrentUser } from "@/lib/auth/current-user";
import { serverEnv } from "@/lib/env";

export const runtime = "nodejs";

/** One appointment as an .ics file, for its owner only; anyone else gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Please sign in again." }, { status: 401 });
  const appointment = await findAppointment(user.id, (await params).id);
  if (!appointment) return Response.json({ error: "That appointment could not be found." }, { status: 404 });
  const body = buildCalendar([appointmentEvent(appointment, serverEnv().NEXTAUTH_URL)], { name: "Footnote appointment", method: "PUBLISH" });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="appointment-${appointment.startsAt.toISOString().slice(0, 10)}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
