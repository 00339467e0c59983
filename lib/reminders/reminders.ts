import { db, type Tx } from "../db/client";
import type { Reminder } from "../generated/prisma/client";
import { recordActivity } from "../journals/activity";
import { assertCan, isCarer, type JournalAccess } from "../journals/policy";
import { dateColumn, fromDateColumn } from "../time/local-day";
import { nextOccurrence } from "./occurrences";
import { scheduleFromInput } from "./reminders-schedule";
import type { ReminderInput } from "./schemas";
import { scheduleOf } from "./schedule-of";
import { syncProfessionalCheck } from "./professional-check";
import { USER_REMINDER_KINDS } from "./vocabulary";

// Create, edit, pause, resume and delete a journal's reminder rules. Every query is scoped by the
// journal's owner id; a rule that is not the journal's is "not found" (null / false). A carer's
// rule about the person goes to the carer (recipientId), in the zone they chose.

function ruleData(input: ReminderInput, now: Date, lastLocalDate: string | null) {
  const schedule = scheduleFromInput(input);
  return {
    kind: input.kind,
    title: input.kind === "CUSTOM" ? input.title : "",
    channel: input.channel,
    frequency: schedule.frequency,
    weekdays: schedule.weekdays,
    intervalDays: schedule.intervalDays,
    dayOfMonth: schedule.dayOfMonth,
    localTime: schedule.localTime,
    timeZone: schedule.timeZone,
    startDate: dateColumn(schedule.startDate),
    endDate: schedule.endDate ? dateColumn(schedule.endDate) : null,
    nextOccurrenceAt: nextOccurrence(schedule, now, lastLocalDate)?.at ?? null,
  };
}

export async function createReminder(access: JournalAccess, input: ReminderInput, now = new Date()): Promise<Reminder> {
  assertCan(access, "manage-reminders");
  const reminder = await db().reminder.create({
    data: { userId: access.journalId, recipientId: isCarer(access) ? access.actorId : null, createdById: access.actorId, updatedById: access.actorId, ...ruleData(input, now, null) },
  });
  await recordActivity(access, "created", "reminder", reminder.id);
  return reminder;
}

/**
 * A changed rule starts again from now, in its (maybe new) zone, never firing again a local day it
 * already fired on. Runs under a row lock so it cannot cross the dispatcher's advance.
 */
export async function updateReminder(access: JournalAccess, reminderId: string, input: ReminderInput, now = new Date()): Promise<boolean> {
  assertCan(access, "manage-reminders");
  return db().$transaction(async (tx) => {
    const updated = await updateReminderIn(tx, access.journalId, reminderId, input, now, access.actorId);
    if (updated) await recordActivity(access, "changed", "reminder", reminderId, tx);
    return updated;
  });
}

async function updateReminderIn(tx: Tx, userId: string, reminderId: string, input: ReminderInput, now: Date, actorId?: string): Promise<boolean> {
  const [locked] = await tx.$queryRaw<{ lastLocalDate: string | null }[]>`
    SELECT "lastLocalDate"::text AS "lastLocalDate" FROM "Reminder"
     WHERE id = ${reminderId} AND "userId" = ${userId} AND kind::text = ANY(${[...USER_REMINDER_KINDS]}) FOR UPDATE`;
  if (!locked) return false;
  await tx.reminder.update({ where: { id: reminderId }, data: { ...ruleData(input, now, locked.lastLocalDate), ...(actorId ? { updatedById: actorId } : {}) } });
  return true;
}

export async function setReminderActive(access: JournalAccess, reminderId: string, active: boolean, now = new Date()): Promise<boolean> {
  assertCan(access, "manage-reminders");
  return db().$transaction(async (tx) => {
    const reminder = await tx.reminder.findFirst({ where: { id: reminderId, userId: access.journalId } });
    if (!reminder) return false;
    // Resuming starts from now: what fell due while paused is not sent.
    const next = active ? (nextOccurrence(scheduleOf(reminder), now, reminder.lastLocalDate ? fromDateColumn(reminder.lastLocalDate) : null)?.at ?? null) : reminder.nextOccurrenceAt;
    await tx.reminder.update({ where: { id: reminderId }, data: { active, nextOccurrenceAt: next, updatedById: access.actorId } });
    await recordActivity(access, "changed", "reminder", reminderId, tx);
    return true;
  });
}

export async function deleteReminder(access: JournalAccess, reminderId: string): Promise<boolean> {
  assertCan(access, "manage-reminders");
  const { count } = await db().reminder.deleteMany({ where: { id: reminderId, userId: access.journalId } });
  if (count > 0) await recordActivity(access, "deleted", "reminder", reminderId);
  return count > 0;
}

/** One of the person's own rules (not an appointment's or a snooze), or null when not theirs. */
export function findEditableReminder(userId: string, reminderId: string) {
  return db().reminder.findFirst({ where: { id: reminderId, userId, kind: { in: [...USER_REMINDER_KINDS] }, snoozeOfDeliveryId: null } });
}

/** The person's own rules (not appointment or snooze ones), newest first, with recent trouble. */
export function listReminders(userId: string) {
  return db().reminder.findMany({
    where: { userId, kind: { in: [...USER_REMINDER_KINDS] }, snoozeOfDeliveryId: null },
    orderBy: { createdAt: "desc" },
  });
}

/** Emails that failed after every retry, newest first: the page shows them. (A notification that failed went by email instead.) */
export function listFailedDeliveries(userId: string, take = 10) {
  return db().delivery.findMany({
    where: { userId, status: "FAILED", channel: "EMAIL" },
    orderBy: { occurrenceAt: "desc" },
    take,
    include: { reminder: { select: { kind: true, title: true } } },
  });
}

export function formValuesOf(reminder: Reminder) {
  return {
    kind: reminder.kind as ReminderInput["kind"],
    title: reminder.title,
    frequency: reminder.frequency as ReminderInput["frequency"],
    weekdays: reminder.weekdays,
    intervalDays: reminder.intervalDays,
    dayOfMonth: reminder.dayOfMonth,
    localTime: reminder.localTime,
    timeZone: reminder.timeZone,
    startDate: fromDateColumn(reminder.startDate),
    endDate: reminder.endDate ? fromDateColumn(reminder.endDate) : null,
    channel: reminder.channel,
  };
}

/**
 * When the person changes their time zone, the rules that were on their old zone (theirs, and
 * those they set about people they help) move to the new one (a reminder at 08:00 stays at 08:00 where they now are); rules they set to another zone stay.
 * The professional-check reminder follows the person's zone. Runs inside the transaction that
 * changes the zone.
 */
export async function followTimeZoneChange(tx: Tx, userId: string, fromZone: string, toZone: string, now: Date): Promise<number> {
  if (fromZone === toZone) return 0;
  // Their own rules, and the ones they set as a carer about someone else (which go to them); not
  // carers' rules in their journal, which keep their carer's zone.
  const rules = await tx.reminder.findMany({
    where: { OR: [{ userId, recipientId: null }, { recipientId: userId }], timeZone: fromZone, kind: { in: [...USER_REMINDER_KINDS] }, snoozeOfDeliveryId: null },
  });
  for (const rule of rules) await updateReminderIn(tx, rule.userId, rule.id, { ...formValuesOf(rule), timeZone: toZone }, now);
  await syncProfessionalCheck(tx, userId, now);
  return rules.length;
}

/** The next email any of the person's active reminders will send (their own, an appointment's, the professional check). */
export function nextReminder(userId: string, now = new Date()) {
  return db().reminder.findFirst({
    where: { userId, active: true, nextOccurrenceAt: { gt: now } },
    orderBy: { nextOccurrenceAt: "asc" },
    select: { kind: true, title: true, nextOccurrenceAt: true, timeZone: true, appointment: { select: { clinician: true } } },
  });
}
