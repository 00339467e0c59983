"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { AppError, parseOrThrow } from "@/lib/app-error";
import { createReminder, deleteReminder, setReminderActive, updateReminder } from "@/lib/reminders/reminders";
import { reminderSchema } from "@/lib/reminders/schemas";
import { sendTestNow } from "@/lib/reminders/send-test";

const idSchema = z.object({ reminderId: z.string().min(1).max(64) });

export const createReminderAction = userAction(reminderSchema, async (user, input) => {
  const reminder = await createReminder(user.id, input);
  revalidatePath("/reminders");
  return { id: reminder.id };
});

export const updateReminderAction = userAction(z.object({ reminderId: z.string().min(1).max(64), values: z.unknown() }), async (user, { reminderId, values }) => {
  if (!(await updateReminder(user.id, reminderId, parseOrThrow(reminderSchema, values)))) throw AppError.notFound();
  revalidatePath("/reminders");
  return { id: reminderId };
});

export const setReminderActiveAction = userAction(idSchema.extend({ active: z.boolean() }), async (user, { reminderId, active }) => {
  if (!(await setReminderActive(user.id, reminderId, active))) throw AppError.notFound();
  revalidatePath("/reminders");
});

export const deleteReminderAction = userAction(idSchema, async (user, { reminderId }) => {
  if (!(await deleteReminder(user.id, reminderId))) throw AppError.notFound();
  revalidatePath("/reminders");
});

export const sendTestAction = userAction(idSchema, async (user, { reminderId }) => {
  const result = await sendTestNow(user.id, reminderId);
  if (result === "not-found") throw AppError.notFound();
  if (result === "failed") throw new AppError("The test email could not be sent. Please try again in a few minutes.");
  revalidatePath("/reminders");
});
