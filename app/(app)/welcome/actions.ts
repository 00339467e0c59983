"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { setupAboutSchema, setupReminderSchema } from "@/lib/setup/schemas";
import { finishSetup, saveSetupAbout, saveSetupReminders } from "@/lib/setup/setup";

export const saveSetupAboutAction = userAction(setupAboutSchema, async (user, input) => {
  await saveSetupAbout(user.id, input);
  revalidatePath("/", "layout");
});

export const saveSetupRemindersAction = userAction(setupReminderSchema, async (user, input) => {
  const saved = await saveSetupReminders(user, input);
  revalidatePath("/", "layout");
  return saved;
});

export const finishSetupAction = userAction(z.object({}), async (user) => {
  await finishSetup(user.id);
  revalidatePath("/", "layout");
});
