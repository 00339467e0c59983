import { db } from "../db/client";
import { createReminder } from "../reminders/reminders";
import type { ReminderInput } from "../reminders/schemas";
import { ownerAccess } from "../journals/policy";

/** A daily reminder whose next occurrence is set to `dueAt` (as if the rule had been waiting). */
export async function createDueReminder(userId: string, dueAt: Date, overrides: Partial<ReminderInput> = {}) {
  const hhmm = dueAt.toISOString().slice(11, 16);
  const reminder = await createReminder(ownerAccess(userId), {
    kind: "CARE_ROUTINE",
    title: "",
    frequency: "DAILY",
    weekdays: [],
    intervalDays: null,
    dayOfMonth: null,
    localTime: hhmm,
    timeZone: "UTC",
    startDate: "2026-01-01",
    endDate: null,
    ...overrides,
  });
  return db().reminder.update({ where: { id: reminder.id }, data: { nextOccurrenceAt: dueAt } });
}

/** Reminders are claimed globally; each reminder test starts from none (other suites make none). */
export async function clearReminders() {
  await db().delivery.deleteMany({});
  await db().reminder.deleteMany({});
  await db().$executeRawUnsafe(`DO $$ BEGIN IF to_regclass('pgboss.job') IS NOT NULL THEN DELETE FROM pgboss.job WHERE name IN ('send-reminder', 'send-push-reminder'); END IF; END $$`);
}
