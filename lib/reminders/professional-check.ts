import { db, type Tx } from "../db/client";
import { addLocalDays, addLocalMonths, type LocalDate } from "../time/calendar";
import { dateColumn, instantOfLocal, localDateOf } from "../time/local-day";

// "A professional foot check is due": an email the person asks for in their health profile, from
// the IWGDF foot-risk category their clinician gave them. It follows the category's screening
// interval, counted from their latest appointment in Footnote — a booked one included, which holds
// it until after that visit — or, with none on record, from the day they asked for it.
//
// It is one Reminder row per person, kept in step by what changes it (the health profile,
// appointments, the time zone), each in its own transaction, and never by viewing a page. The row
// is updated in place, never deleted, so its Delivery history stays; the dispatcher sends it like
// any other one-off rule. docs/decisions/0050.

/** Months between professional foot checks by IWGDF risk category (IWGDF 2023 prevention guideline: the shortest interval of each range). */
export const IWGDF_INTERVAL_MONTHS: Record<number, number> = { 0: 12, 1: 6, 2: 3, 3: 1 };
export const PROFESSIONAL_CHECK_TIME = "09:00";

/** What the reminder counts from: the latest appointment, or the day the person asked. */
export type CountedFrom = { kind: "appointment"; localDate: LocalDate; upcoming: boolean } | { kind: "opted-in"; localDate: LocalDate };

/**
 * Brings the person's professional-check reminder in step with their profile, appointments and
 * zone. Call it inside the transaction that changed one of them; it locks the row first, so it
 * cannot cross the dispatcher advancing it.
 */
export async function syncProfessionalCheck(tx: Tx, userId: string, now: Date): Promise<void> {
  const [existing] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Reminder" WHERE "userId" = ${userId} AND kind = 'PROFESSIONAL_CHECK' AND "snoozeOfDeliveryId" IS NULL
     ORDER BY "createdAt" LIMIT 1 FOR UPDATE`;
  const queries = planQueries(userId);
  const plan = planProfessionalCheck(
    {
      profile: await tx.healthProfile.findUnique(queries.profile),
      user: await tx.user.findUniqueOrThrow(queries.user),
      latestAppointment: await tx.appointment.findFirst(queries.latestAppointment),
    },
    now,
  );
  if (!plan) {
    if (existing) await tx.reminder.update({ where: { id: existing.id }, data: { active: false, nextOccurrenceAt: null } });
    return;
  }
  const alreadySent = existing
    ? await tx.delivery.findFirst({ where: { userId, reminderId: existing.id, occurrenceAt: { gte: plan.dueAt }, test: false }, select: { id: true } })
    : null;
  // Due already (the latest visit was long ago): remind at the next PROFESSIONAL_CHECK_TIME, once.
  const next = alreadySent ? null : plan.dueAt.getTime() > now.getTime() ? plan.dueAt : nextCheckTime(now, plan.timeZone);
  const data = {
    kind: "PROFESSIONAL_CHECK" as const,
    frequency: "ONCE" as const,
    weekdays: [],
    localTime: PROFESSIONAL_CHECK_TIME,
    timeZone: plan.timeZone,
    startDate: dateColumn(localDateOf(next ?? plan.dueAt, plan.timeZone)),
    onceAt: next ?? plan.dueAt,
    nextOccurrenceAt: next,
    active: true,
  };
  if (existing) await tx.reminder.update({ where: { id: existing.id }, data });
  else await tx.reminder.create({ data: { userId, ...data } });
}

type Plan = { dueAt: Date; timeZone: string; category: number; months: number; countedFrom: CountedFrom };

type PlanFacts = {
  profile: { iwgdfRisk: number | null; professionalCheckOptedInAt: Date | null } | null;
  user: { timeZone: string };
  latestAppointment: { startsAt: Date; timeZone: string } | null;
};

const planQueries = (userId: string) =>
  ({
    profile: { where: { userId }, select: { iwgdfRisk: true, professionalCheckOptedInAt: true } },
    user: { where: { id: userId }, select: { timeZone: true } },
    latestAppointment: { where: { userId }, orderBy: { startsAt: "desc" }, select: { startsAt: true, timeZone: true } },
  }) as const;

/** When the next professional check falls due, or null when the person has not asked to be told. */
function planProfessionalCheck({ profile, user, latestAppointment }: PlanFacts, now: Date): Plan | null {
  if (!profile?.professionalCheckOptedInAt || profile.iwgdfRisk === null) return null;
  const months = IWGDF_INTERVAL_MONTHS[profile.iwgdfRisk] ?? 12;
  const countedFrom: CountedFrom = latestAppointment
    ? { kind: "appointment", localDate: localDateOf(latestAppointment.startsAt, latestAppointment.timeZone), upcoming: latestAppointment.startsAt.getTime() > now.getTime() }
    : { kind: "opted-in", localDate: localDateOf(profile.professionalCheckOptedInAt, user.timeZone) };
  const dueAt = instantOfLocal(addLocalMonths(countedFrom.localDate, months), PROFESSIONAL_CHECK_TIME, user.timeZone);
  return { dueAt, timeZone: user.timeZone, category: profile.iwgdfRisk, months, countedFrom };
}

function nextCheckTime(now: Date, timeZone: string): Date {
  const today = localDateOf(now, timeZone);
  const todays = instantOfLocal(today, PROFESSIONAL_CHECK_TIME, timeZone);
  return todays.getTime() > now.getTime() ? todays : instantOfLocal(addLocalDays(today, 1), PROFESSIONAL_CHECK_TIME, timeZone);
}

/** Why the reminder is set as it is: the category, its interval, and what it counts from. */
export type ProfessionalCheckReason = { category: number; months: number; countedFrom: CountedFrom };

export type ProfessionalCheckStatus =
  | { state: "off" }
  | ({ state: "scheduled"; at: Date; timeZone: string } & ProfessionalCheckReason)
  | ({ state: "sent"; sentAt: Date } & ProfessionalCheckReason);

/** The reason as things stand, or null when the person has not asked for the reminder. Reads only. */
export async function professionalCheckReason(userId: string, now = new Date()): Promise<ProfessionalCheckReason | null> {
  const queries = planQueries(userId);
  const [profile, user, latestAppointment] = await Promise.all([
    db().healthProfile.findUnique(queries.profile),
    db().user.findUniqueOrThrow(queries.user),
    db().appointment.findFirst(queries.latestAppointment),
  ]);
  const plan = planProfessionalCheck({ profile, user, latestAppointment }, now);
  return plan && { category: plan.category, months: plan.months, countedFrom: plan.countedFrom };
}

/** What the reminders page says about it. Reads only. */
export async function professionalCheckStatus(userId: string, now = new Date()): Promise<ProfessionalCheckStatus> {
  const [reminder, reason] = await Promise.all([
    db().reminder.findFirst({ where: { userId, kind: "PROFESSIONAL_CHECK", snoozeOfDeliveryId: null }, orderBy: { createdAt: "asc" } }),
    professionalCheckReason(userId, now),
  ]);
  if (!reminder?.active || !reason) return { state: "off" };
  if (reminder.nextOccurrenceAt) return { state: "scheduled", at: reminder.nextOccurrenceAt, timeZone: reminder.timeZone, ...reason };
  const sent = await db().delivery.findFirst({ where: { userId, reminderId: reminder.id, status: "SENT", test: false }, orderBy: { occurrenceAt: "desc" } });
  return sent?.sentAt ? { state: "sent", sentAt: sent.sentAt, ...reason } : { state: "off" };
}
