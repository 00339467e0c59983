"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { journalAction } from "@/lib/actions";
import { AppError, parseOrThrow } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { createReminder, deleteReminder, setReminderActive, updateReminder } from "@/lib/reminders/reminders";
import { reminderSchema } from "@/lib/reminders/schemas";
import { sendTestNow } from "@/lib/reminders/send-test";

const idSchema = z.object({ reminderId: z.string().min(1).max(64) });

export const createReminderAction = journalAction("manage-reminders", reminderSchema, async ({ access }, input) => {
  const reminder = await createReminder(access, input);
  revalidatePath("/reminders");
  return { id: reminder.id };
});

export const updateReminderAction = journalAction("manage-reminders", z.object({ reminderId: z.string().min(1).max(64), values: z.unknown() }), async ({ access }, { reminderId, values }) => {
  if (!(await updateReminder(access, reminderId, parseOrThrow(reminderSchema, values)))) throw AppError.notFound();
  revalidatePath("/reminders");
  return { id: reminderId };
});

export const setReminderActiveAction = journalAction("manage-reminders", idSchema.extend({ active: z.boolean() }), async ({ access }, { reminderId, active }) => {
  if (!(await setReminderActive(access, reminderId, active))) throw AppError.notFound();
  revalidatePath("/reminders");
});

export const deleteReminderAction = journalAction("manage-reminders", idSchema, async ({ access }, { reminderId }) => {
  if (!(await deleteReminder(access, reminderId))) throw AppError.notFound();
  revalidatePath("/reminders");
});

export const sendTestAction = journalAction("manage-reminders", idSchema, async ({ access }, { reminderId }) => {
  const result = await sendTestNow(access.journalId, reminderId);
  if (result === "not-found") throw AppError.notFound();
  if (result === "failed") throw new AppError(messageKey("testEmailFailed"));
  revalidatePath("/reminders");
});
