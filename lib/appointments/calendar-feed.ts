import { translatorFor } from "../i18n/translator";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db/client";
import { nextOccurrence } from "../reminders/occurrences";
import { scheduleOf } from "../reminders/schedule-of";
import { USER_REMINDER_KINDS } from "../reminders/vocabulary";
import { reminderTitle } from "../reminders/reminder-title";
import { fromDateColumn } from "../time/local-day";
import { buildCalendar, type CalendarEvent } from "./ics";

// Each person's private calendar feed: a URL holding a 256-bit random token, of which only a
// SHA-256 is stored. Making a new one retires the old URL.

const FEED_DAYS = 60;

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new feed token (replacing any old one); shown once, since only its hash is kept. */
export async function regenerateCalendarFeed(userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashToken(token);
  await db().calendarFeed.upsert({ where: { userId }, create: { userId, tokenHash }, update: { tokenHash, createdAt: new Date() } });
  return token;
}

export function findCalendarFeed(userId: string) {
  return db().calendarFeed.findUnique({ where: { userId }, select: { createdAt: true } });
}

/** The feed for a token, or null when no feed has it. */
export async function calendarForToken(token: string, appUrl: string, now = new Date()): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const feed = await db().calendarFeed.findUnique({ where: { tokenHash: hashToken(token) }, select: { userId: true } });
  if (!feed) return null;
  const userId = feed.userId;
  const [appointments, reminders, owner] = await Promise.all([
    db().appointment.findMany({ where: { userId, startsAt: { gte: new Date(now.getTime() - 90 * 86_400_000) } }, orderBy: { startsAt: "asc" }, take: 200 }),
    db().reminder.findMany({ where: { userId, active: true, kind: { in: [...USER_REMINDER_KINDS, "PROFESSIONAL_CHECK"] } } }),
    db().user.findUnique({ where: { id: userId }, select: { locale: true } }),
  ]);
  const host = new URL(appUrl).hostname;
  const locale = owner?.locale ?? "en";
  const events: CalendarEvent[] = appointments.map((appointment) => appointmentEvent(appointment, appUrl, locale));
  const horizon = now.getTime() + FEED_DAYS * 86_400_000;
  for (const reminder of reminders) {
    const rule = scheduleOf(reminder);
    let cursor = { at: now, localDate: reminder.lastLocalDate ? fromDateColumn(reminder.lastLocalDate) : null as string | null };
    for (let count = 0; count < FEED_DAYS; count++) {
      const next = nextOccurrence(rule, cursor.at, cursor.localDate);
      if (!next || next.at.getTime() > horizon) break;
      events.push({ uid: `reminder-${reminder.id}-${next.at.getTime()}@${host}`, start: next.at, end: new Date(next.at.getTime() + 15 * 60_000), summary: reminderTitle(reminder, locale), url: new URL("/reminders", appUrl).toString() });
      cursor = { at: next.at, localDate: next.localDate };
    }
  }
  return buildCalendar(events, { name: "Footnote", now });
}

export function appointmentEvent(
  appointment: { id: string; clinician: string; place: string; reason: string; startsAt: Date; durationMinutes: number; remindBefore: number[] },
  appUrl: string,
  locale: string,
): CalendarEvent {
  const t = translatorFor(locale, "appointments.ics");
  return {
    uid: `appointment-${appointment.id}@${new URL(appUrl).hostname}`,
    start: appointment.startsAt,
    end: new Date(appointment.startsAt.getTime() + appointment.durationMinutes * 60_000),
    summary: t("summary", { clinician: appointment.clinician }),
    location: appointment.place || undefined,
    description: [appointment.reason, t("bring"), new URL("/report", appUrl).toString()].filter(Boolean).join("\n"),
    alarmsMinutesBefore: appointment.remindBefore.length ? appointment.remindBefore : [24 * 60],
  };
}
