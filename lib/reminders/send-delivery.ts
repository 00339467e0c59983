import { db } from "../db/client";
import { serverEnv } from "../env";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { reminderEmailExtras } from "./email-extras";
import { EMAIL_LINK_LIFETIME_DAYS, signEmailLink } from "./email-token";
import { composeReminderEmail } from "./reminder-email";

export type SendRequest = { deliveryId: string; finalAttempt: boolean };

/**
 * Sends queued deliveries, a fetched batch at once: one query loads them, one claims them, the
 * emails go out over the pooled SMTP connections, and one update marks those sent. Safe to run
 * again for the same delivery: one already sent is left alone, and a resend after a crash between
 * the SMTP server's acceptance and that update carries the same Message-ID. Returns the ids of the
 * deliveries to try again (a failed send, or one another worker is still sending); a failure on
 * the final attempt marks the delivery failed, which the reminders page shows.
 */
export async function sendDeliveries(requests: SendRequest[]): Promise<string[]> {
  if (!requests.length) return [];
  const finalAttempt = new Map(requests.map((request) => [request.deliveryId, request.finalAttempt]));
  const queued = await db().delivery.findMany({
    where: { id: { in: [...finalAttempt.keys()] }, status: "QUEUED" },
    include: { reminder: { include: { appointment: true } }, user: { select: { id: true, email: true, name: true, timeZone: true, locale: true } } },
  });
  // Paused after it was queued: the person asked for no more.
  const paused = queued.filter((delivery) => !delivery.reminder.active && !delivery.test).map((delivery) => delivery.id);
  if (paused.length) await db().delivery.updateMany({ where: { id: { in: paused }, status: "QUEUED" }, data: { status: "SKIPPED" } });
  const toSend = queued.filter((delivery) => delivery.reminder.active || delivery.test);
  if (!toSend.length) return [];

  const { NEXTAUTH_URL: appUrl, REMINDER_SEND_TIMEOUT_SECONDS } = serverEnv();
  // Claim them, so a job retried after a time-out does not send while a slow worker still is.
  const now = new Date();
  const claimedIds = new Set(
    (
      await db().delivery.updateManyAndReturn({
        where: { id: { in: toSend.map((delivery) => delivery.id) }, status: "QUEUED", OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
        data: { claimedUntil: new Date(now.getTime() + REMINDER_SEND_TIMEOUT_SECONDS * 1000) },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const busy = toSend.filter((delivery) => !claimedIds.has(delivery.id)).map((delivery) => delivery.id);
  const claimed = toSend.filter((delivery) => claimedIds.has(delivery.id));

  const expiresAt = new Date(Date.now() + EMAIL_LINK_LIFETIME_DAYS * 86_400_000);
  // What lib/advice finds active for the person, once per person and kind in the batch.
  const extrasOf = new Map<string, ReturnType<typeof reminderEmailExtras>>();
  const extrasFor = (delivery: (typeof claimed)[number]) => {
    const key = `${delivery.userId} ${delivery.reminder.kind}`;
    if (!extrasOf.has(key)) extrasOf.set(key, reminderEmailExtras(delivery.user, delivery.reminder.kind, now));
    return extrasOf.get(key)!;
  };
  const outcomes = await Promise.allSettled(
    claimed.map(async (delivery) => {
      const token = signEmailLink({ userId: delivery.userId, reminderId: delivery.reminderId, deliveryId: delivery.id, expiresAt });
      const extras = await extrasFor(delivery);
      const mail = composeReminderEmail({ appUrl, user: delivery.user, reminder: delivery.reminder, appointment: delivery.reminder.appointment, delivery, token, extras });
      return sendMail({ ...mail, to: delivery.user.email });
    }),
  );

  const sent = claimed.filter((_, index) => outcomes[index]!.status === "fulfilled").map((delivery) => delivery.id);
  if (sent.length) {
    await db().delivery.updateMany({ where: { id: { in: sent }, status: "QUEUED" }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, claimedUntil: null } });
  }
  const failed: string[] = [];
  for (const [index, outcome] of outcomes.entries()) {
    if (outcome.status === "fulfilled") continue;
    const deliveryId = claimed[index]!.id;
    const final = finalAttempt.get(deliveryId) ?? false;
    const message = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
    await db().delivery.update({
      where: { id: deliveryId },
      data: { attempts: { increment: 1 }, claimedUntil: null, lastError: message.slice(0, 500), ...(final ? { status: "FAILED" } : {}) },
    });
    logger.warn({ deliveryId, finalAttempt: final, err: message }, "reminder email not sent");
    failed.push(deliveryId);
  }
  if (busy.length) logger.info({ deliveries: busy }, "reminders still being sent by another worker; trying again later");
  return [...busy, ...failed];
}

/** Sends one queued delivery now (a test the person is waiting for); throws when it was not sent. */
export async function sendDelivery(deliveryId: string, options: { finalAttempt: boolean }): Promise<void> {
  const retry = await sendDeliveries([{ deliveryId, ...options }]);
  if (retry.length) throw new Error("the reminder email was not sent");
}
