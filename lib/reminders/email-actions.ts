import { db } from "../db/client";
import { dateColumn, instantOfLocal, localDateOf } from "../time/local-day";
import { verifyEmailLink, type EmailLinkClaims } from "./email-token";

// What the links in a reminder email do, without signing in: the signed token names the user, the
// rule and the delivery, and every write is scoped by all three.

export type EmailLinkResult = { ok: false } | { ok: true; reminderId: string; title: string; at?: Date; timeZone: string };

export async function pauseFromEmailLink(token: string): Promise<EmailLinkResult> {
  const claims = verifyEmailLink(token);
  if (!claims) return { ok: false };
  const reminder = await db().reminder.findFirst({ where: { id: claims.reminderId, userId: claims.userId } });
  if (!reminder) return { ok: false };
  await db().reminder.updateMany({ where: { id: reminder.id, userId: claims.userId }, data: { active: false } });
  return { ok: true, reminderId: reminder.id, title: reminder.title, timeZone: reminder.timeZone };
}

/** "This evening" is 19:00 on the reminder's local day; once that has passed, an hour from now. */
export function snoozeInstant(until: "hour" | "evening", timeZone: string, now: Date): Date {
  const inAnHour = new Date(now.getTime() + 3_600_000);
  if (until === "hour") return inAnHour;
  const evening = instantOfLocal(localDateOf(now, timeZone), "19:00", timeZone);
  return evening.getTime() > now.getTime() ? evening : inAnHour;
}

/**
 * A one-off copy of the rule at the snooze time, which the dispatcher sends like any other. One per
 * delivery (a unique column), so clicking twice does not remind twice.
 */
export async function snoozeFromEmailLink(token: string, until: "hour" | "evening", now = new Date()): Promise<EmailLinkResult> {
  const claims: EmailLinkClaims | null = verifyEmailLink(token, now);
  if (!claims) return { ok: false };
  const source = await db().reminder.findFirst({ where: { id: claims.reminderId, userId: claims.userId } });
  const delivery = await db().delivery.findFirst({ where: { id: claims.deliveryId, userId: claims.userId, reminderId: claims.reminderId } });
  if (!source || !delivery) return { ok: false };
  const existing = await db().reminder.findFirst({ where: { snoozeOfDeliveryId: delivery.id, userId: claims.userId } });
  if (existing) return { ok: true, reminderId: source.id, title: source.title, at: existing.onceAt ?? undefined, timeZone: source.timeZone };
  const at = snoozeInstant(until, source.timeZone, now);
  await db().reminder.create({
    data: {
      userId: claims.userId,
      kind: source.kind,
      title: source.title,
      frequency: "ONCE",
      weekdays: [],
      localTime: source.localTime,
      timeZone: source.timeZone,
      startDate: dateColumn(localDateOf(at, source.timeZone)),
      onceAt: at,
      nextOccurrenceAt: at,
      appointmentId: source.appointmentId,
      // The snoozed copy goes the same way and to the same person (a carer's reminder, to the carer).
      channel: source.channel,
      recipientId: source.recipientId,
      snoozeOfDeliveryId: delivery.id,
    },
  });
  return { ok: true, reminderId: source.id, title: source.title, at, timeZone: source.timeZone };
}
