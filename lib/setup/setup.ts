import { db } from "../db/client";
import { getHealthProfile, saveHealthProfile } from "../health-profile/health-profile";
import { createReminder } from "../reminders/reminders";
import { localDateOf } from "../time/local-day";
import type { SetupAboutInput, SetupReminderInput, SetupStep } from "./schemas";
import { ownerAccess } from "../journals/policy";

// The first run after sign-up: a few skippable steps that set up what changes Footnote for this
// person — the health profile's conditions and risk category, a daily reminder — offered from
// Today until finished or put aside. Each step writes only when its form is sent.

/** Saves step one into the health profile, keeping what the full profile form holds beyond it. */
export async function saveSetupAbout(userId: string, input: SetupAboutInput, now = new Date()): Promise<void> {
  const profile = await getHealthProfile(userId);
  await saveHealthProfile(userId, { ...profile, ...input }, now);
}

/** Creates the reminders asked for in step two, daily in the person's zone from today; returns the daily check's id, for a test email. */
export async function saveSetupReminders(user: { id: string; timeZone: string }, input: SetupReminderInput, now = new Date()): Promise<{ dailyCheckId: string | null }> {
  const daily = (kind: "SELF_CHECK" | "TEMPERATURE_CHECK") =>
    createReminder(
      ownerAccess(user.id),
      { kind, title: "", frequency: "DAILY", weekdays: [], intervalDays: null, dayOfMonth: null, localTime: input.localTime, timeZone: user.timeZone, startDate: localDateOf(now, user.timeZone), endDate: null },
      now,
    );
  const existing = await existingDailyReminders(user.id);
  const check = input.dailyCheck && !existing.SELF_CHECK ? await daily("SELF_CHECK") : null;
  if (input.temperatureCheck && !existing.TEMPERATURE_CHECK) await daily("TEMPERATURE_CHECK");
  return { dailyCheckId: check?.id ?? null };
}

/** Finished, or put aside for good: Today stops offering it. */
export async function finishSetup(userId: string, now = new Date()): Promise<void> {
  await db().user.updateMany({ where: { id: userId, setupDoneAt: null }, data: { setupDoneAt: now } });
}

export type SetupProgress = { done: boolean; steps: Record<SetupStep, boolean> };

/** Which steps are done, read from what they write. Reads only. */
export async function setupProgress(userId: string): Promise<SetupProgress> {
  const [user, profile, reminders] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { setupDoneAt: true } }),
    db().healthProfile.findUnique({ where: { userId }, select: { userId: true } }),
    existingDailyReminders(userId),
  ]);
  return { done: user.setupDoneAt !== null, steps: { about: profile !== null, reminder: reminders.SELF_CHECK !== null, helper: user.setupDoneAt !== null } };
}

/** The person's own foot-check and temperature reminders, if they have them. */
export async function existingDailyReminders(userId: string) {
  const rows = await db().reminder.findMany({
    where: { userId, kind: { in: ["SELF_CHECK", "TEMPERATURE_CHECK"] }, snoozeOfDeliveryId: null },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, localTime: true, active: true },
  });
  return { SELF_CHECK: rows.find((row) => row.kind === "SELF_CHECK") ?? null, TEMPERATURE_CHECK: rows.find((row) => row.kind === "TEMPERATURE_CHECK") ?? null };
}
