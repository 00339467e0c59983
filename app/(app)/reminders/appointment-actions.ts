"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { regenerateCalendarFeed } from "@/lib/appointments/calendar-feed";
import { createAppointment, deleteAppointment, recordOutcome } from "@/lib/appointments/appointments";
import { appointmentSchema, outcomeSchema } from "@/lib/appointments/schemas";
import { serverEnv } from "@/lib/env";

export const createAppointmentAction = userAction(appointmentSchema, async (user, input) => {
  const appointment = await createAppointment(user.id, input);
  revalidatePath("/reminders");
  return { id: appointment.id };
});

export const deleteAppointmentAction = userAction(z.object({ appointmentId: z.string().min(1).max(64) }), async (user, { appointmentId }) => {
  if (!(await deleteAppointment(user.id, appointmentId))) throw AppError.notFound();
  revalidatePath("/reminders");
});

export const recordOutcomeAction = userAction(outcomeSchema, async (user, input) => {
  const result = await recordOutcome(user.id, input);
  if (!result) throw AppError.notFound();
  revalidatePath("/reminders");
  revalidatePath("/today");
  return result;
});

/** A new private feed URL; the old one stops working. Shown once: only its hash is stored. */
export const regenerateFeedAction = userAction(z.object({}), async (user) => {
  const token = await regenerateCalendarFeed(user.id);
  return { url: new URL(`/api/calendar/${token}.ics`, serverEnv().NEXTAUTH_URL).toString() };
});
