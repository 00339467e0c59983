import { db, type Tx } from "../db/client";
import { recordActivity } from "../journals/activity";
import { assertCan, type JournalAccess } from "../journals/policy";
import { dateColumn, instantOfLocal, localDateOf, localDateTimeOf } from "../time/local-day";
import type { AppointmentInput, OutcomeInput } from "./schemas";
import { syncProfessionalCheck } from "../reminders/professional-check";

// A person's appointments. Each carries one-off reminder rules (kind APPOINTMENT), which the same
// dispatcher sends, and each change moves the professional-check reminder in the same transaction
// (a booked visit holds it). Every query is scoped by the journal's owner id; changes record who made them.

const DEFAULT_FOLLOW_UP_REMINDERS = [24 * 60, 120];

function minutesBefore(input: Pick<AppointmentInput, "remindBefore" | "customHoursBefore">): number[] {
  return [...new Set([...input.remindBefore, ...(input.customHoursBefore ? [input.customHoursBefore * 60] : [])])].sort((a, b) => b - a);
}

/** The one-off rules for an appointment's reminders still in the future. */
async function createAppointmentReminders(tx: Tx, userId: string, appointment: { id: string; startsAt: Date; timeZone: string; remindBefore: number[] }, now: Date) {
  const rows = appointment.remindBefore
    .map((minutes) => new Date(appointment.startsAt.getTime() - minutes * 60_000))
    .filter((at) => at.getTime() > now.getTime())
    .map((at) => ({
      userId,
      kind: "APPOINTMENT" as const,
      frequency: "ONCE" as const,
      weekdays: [],
      localTime: localDateTimeOf(at, appointment.timeZone).time,
      timeZone: appointment.timeZone,
      startDate: dateColumn(localDateOf(at, appointment.timeZone)),
      onceAt: at,
      nextOccurrenceAt: at,
      appointmentId: appointment.id,
    }));
  if (rows.length) await tx.reminder.createMany({ data: rows });
}

export async function createAppointment(access: JournalAccess, input: AppointmentInput, now = new Date()) {
  assertCan(access, "manage-reminders");
  const userId = access.journalId;
  const appointment = await db().$transaction(async (tx) => {
    const created = await tx.appointment.create({
      data: {
        userId,
        createdById: access.actorId,
        updatedById: access.actorId,
        clinician: input.clinician,
        place: input.place,
        reason: input.reason,
        startsAt: instantOfLocal(input.date, input.time, input.timeZone),
        timeZone: input.timeZone,
        remindBefore: minutesBefore(input),
      },
    });
    await createAppointmentReminders(tx, userId, created, now);
    await syncProfessionalCheck(tx, userId, now);
    await recordActivity(access, "created", "appointment", created.id, tx);
    return created;
  });
  return appointment;
}

export async function deleteAppointment(access: JournalAccess, appointmentId: string, now = new Date()): Promise<boolean> {
  assertCan(access, "manage-reminders");
  const userId = access.journalId;
  return db().$transaction(async (tx) => {
    const { count } = await tx.appointment.deleteMany({ where: { id: appointmentId, userId } });
    if (count) {
      await syncProfessionalCheck(tx, userId, now);
      await recordActivity(access, "deleted", "appointment", appointmentId, tx);
    }
    return count > 0;
  });
}

export function findAppointment(userId: string, appointmentId: string) {
  return db().appointment.findFirst({ where: { id: appointmentId, userId } });
}

export function listAppointments(userId: string) {
  return db().appointment.findMany({ where: { userId }, orderBy: { startsAt: "desc" }, take: 50 });
}

/** Passed appointments with no outcome yet: the dashboard asks about them. */
export function appointmentsAwaitingOutcome(userId: string, now = new Date()) {
  return db().appointment.findMany({ where: { userId, startsAt: { lt: now }, outcome: null }, orderBy: { startsAt: "desc" }, take: 3 });
}

/** Records how it went; a follow-up date becomes a new appointment with the same clinician. */
export async function recordOutcome(access: JournalAccess, input: OutcomeInput, now = new Date()): Promise<{ followUpId: string | null } | null> {
  assertCan(access, "manage-reminders");
  const userId = access.journalId;
  const result = await db().$transaction(async (tx) => {
    const appointment = await tx.appointment.findFirst({ where: { id: input.appointmentId, userId } });
    if (!appointment) return null;
    await tx.appointment.update({ where: { id: appointment.id }, data: { outcome: input.outcome, outcomeAt: now, updatedById: access.actorId } });
    await recordActivity(access, "changed", "appointment", appointment.id, tx);
    if (!input.followUpDate) return { followUpId: null };
    const followUp = await tx.appointment.create({
      data: {
        userId,
        createdById: access.actorId,
        updatedById: access.actorId,
        clinician: appointment.clinician,
        place: appointment.place,
        reason: `Follow-up: ${appointment.reason || "visit"}`.slice(0, 300),
        startsAt: instantOfLocal(input.followUpDate, input.followUpTime ?? "09:00", appointment.timeZone),
        timeZone: appointment.timeZone,
        remindBefore: DEFAULT_FOLLOW_UP_REMINDERS,
      },
    });
    await createAppointmentReminders(tx, userId, followUp, now);
    await syncProfessionalCheck(tx, userId, now);
    return { followUpId: followUp.id };
  });
  return result;
}

/** The person's next appointment still to come, or null. */
export function nextAppointment(userId: string, now = new Date()) {
  return db().appointment.findFirst({ where: { userId, startsAt: { gt: now } }, orderBy: { startsAt: "asc" } });
}
