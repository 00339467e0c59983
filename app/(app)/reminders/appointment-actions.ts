"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { journalAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { regenerateCalendarFeed } from "@/lib/appointments/calendar-feed";
import { createAppointment, deleteAppointment, recordOutcome } from "@/lib/appointments/appointments";
import { appointmentSchema, outcomeSchema } from "@/lib/appointments/schemas";
import { serverEnv } from "@/lib/env";

export const createAppointmentAction = journalAction("manage-reminders", appointmentSchema, async ({ access }, input) => {
  const appointment = await createAppointment(access, input);
  revalidatePath("/reminders");
  return { id: appointment.id };
});

export const deleteAppointmentAction = journalAction("manage-reminders", z.object({ appointmentId: z.string().min(1).max(64) }), async ({ access }, { appointmentId }) => {
  if (!(await deleteAppointment(access, appointmentId))) throw AppError.notFound();
  revalidatePath("/reminders");
});

export const recordOutcomeAction = journalAction("manage-reminders", outcomeSchema, async ({ access }, input) => {
  const result = await recordOutcome(access, input);
  if (!result) throw AppError.notFound();
  revalidatePath("/reminders");
  revalidatePath("/today");
  return result;
});

/** A new private feed URL; the old one stops working. Shown once: only its hash is stored. */
export const regenerateFeedAction = journalAction("owner-settings", z.object({}), async ({ access }) => {
  const token = await regenerateCalendarFeed(access.journalId);
  return { url: new URL(`/api/calendar/${token}.ics`, serverEnv().NEXTAUTH_URL).toString() };
});
