import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { serverEnv } from "../env";
import type { JobContext } from "../jobs/define-job";
import { enqueueInTransaction } from "../jobs/enqueue";
import { logger } from "../logger";
import { sendPushNotification, type PushSendOptions } from "../push/send-notification";
import type { DeliverySendRequest } from "./delivery-send-job";
import { EMAIL_LINK_LIFETIME_DAYS, signEmailLink } from "./email-token";
import { composeReminderPush } from "./reminder-push";
import { sendReminderJob } from "./send-reminder-job";

// Sends queued notification deliveries to every device of the reminder's recipient (the owner, or
// for a carer's reminder the carer). Claimed like the email sends, so a job retried after a
// time-out does not send while a slow worker still is; a resend after a crash between the push
// service's acceptance and the update shows as the same notification (one tag per reminder), not
// a second one. A device the push service reports gone (404/410) is removed. Nobody is left with
// nothing: when no device takes it (none registered, all gone, or the last try failed), the
// occurrence goes by email instead, unless an email for it exists already (docs/decisions/0079).

/** Long enough for a phone that is off overnight; a reminder later than that is no help. */
const TTL_SECONDS = 12 * 3600;
/** A reminder the person asked for at a time: wake the device for it. */
const URGENCY = "high";
const SEND_CONCURRENCY = 10;

export async function sendPushDeliveries(requests: DeliverySendRequest[], context: JobContext, options: Pick<PushSendOptions, "agent"> = {}): Promise<string[]> {
  if (!requests.length) return [];
  const finalAttempt = new Map(requests.map((request) => [request.deliveryId, request.finalAttempt]));
  const queued = await db().delivery.findMany({
    where: { id: { in: [...finalAttempt.keys()] }, status: "QUEUED", channel: "PUSH" },
    include: {
      reminder: { include: { appointment: true, recipient: { select: { id: true, name: true, timeZone: true, locale: true } } } },
      user: { select: { id: true, name: true, timeZone: true, locale: true } },
    },
  });
  const paused = queued.filter((delivery) => !delivery.reminder.active && !delivery.test).map((delivery) => delivery.id);
  if (paused.length) await db().delivery.updateMany({ where: { id: { in: paused }, status: "QUEUED" }, data: { status: "SKIPPED" } });
  const toSend = queued.filter((delivery) => delivery.reminder.active || delivery.test);
  if (!toSend.length) return [];

  const { NEXTAUTH_URL: appUrl, REMINDER_SEND_TIMEOUT_SECONDS } = serverEnv();
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

  const recipients = [...new Set(claimed.map((delivery) => delivery.reminder.recipientId ?? delivery.userId))];
  const devices = await db().pushSubscription.findMany({ where: { userId: { in: recipients } } });
  const expiresAt = new Date(Date.now() + EMAIL_LINK_LIFETIME_DAYS * 86_400_000);
  const retry: string[] = [...busy];

  for (let start = 0; start < claimed.length; start += SEND_CONCURRENCY) {
    await Promise.all(
      claimed.slice(start, start + SEND_CONCURRENCY).map(async (delivery) => {
        const { recipient } = delivery.reminder;
        const recipientId = recipient?.id ?? delivery.userId;
        const targets = devices.filter((device) => device.userId === recipientId);
        const token = signEmailLink({ userId: delivery.userId, reminderId: delivery.reminderId, deliveryId: delivery.id, expiresAt });
        const payload = composeReminderPush({ appUrl, user: recipient ?? delivery.user, reminder: delivery.reminder, appointment: delivery.reminder.appointment, delivery, token, about: recipient ? delivery.user.name : null });
        const outcomes = await Promise.all(targets.map((target) => sendPushNotification(target, payload, { ttlSeconds: TTL_SECONDS, urgency: URGENCY, topic: delivery.reminderId, agent: options.agent })));

        const delivered = targets.filter((_, index) => outcomes[index] === "delivered").map((target) => target.id);
        const gone = targets.filter((_, index) => outcomes[index] === "gone").map((target) => target.id);
        const errors = outcomes.flatMap((outcome) => (typeof outcome === "object" ? [outcome.error] : []));
        if (gone.length) {
          await db().pushSubscription.deleteMany({ where: { id: { in: gone } } });
          logger.info({ deliveryId: delivery.id, removed: gone.length }, "push subscriptions gone; removed");
        }
        if (delivered.length) {
          await db().pushSubscription.updateMany({ where: { id: { in: delivered } }, data: { lastUsedAt: new Date() } });
          await db().delivery.updateMany({ where: { id: delivery.id, status: "QUEUED" }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, claimedUntil: null } });
          return;
        }
        if (!errors.length) return byEmailInstead(context, delivery.id, targets.length ? "Every device with notifications on has gone; sent by email instead." : "No device has notifications on; sent by email instead.");
        const final = finalAttempt.get(delivery.id) ?? false;
        const message = errors.join("; ").slice(0, 500);
        logger.warn({ deliveryId: delivery.id, finalAttempt: final, err: message }, "reminder notification not sent");
        if (final) return byEmailInstead(context, delivery.id, `${message}; sent by email instead.`, "FAILED");
        await db().delivery.update({ where: { id: delivery.id }, data: { attempts: { increment: 1 }, claimedUntil: null, lastError: message } });
        retry.push(delivery.id);
      }),
    );
  }
  return retry;
}

/**
 * The notification cannot arrive: the same occurrence goes by email, in one transaction with
 * closing the notification's delivery. The email's Delivery is unique on the occurrence and
 * channel, so a reminder that already sends both ways (or a second run of this) adds nothing.
 */
async function byEmailInstead(context: JobContext, deliveryId: string, reason: string, status: "SKIPPED" | "FAILED" = "SKIPPED"): Promise<void> {
  const client = await context.pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "Delivery" (id, "userId", "reminderId", channel, "occurrenceAt", "localDate", status, late, test, "updatedAt")
       SELECT $2, "userId", "reminderId", 'EMAIL', "occurrenceAt", "localDate", 'QUEUED', late, test, now() FROM "Delivery" WHERE id = $1 AND status = 'QUEUED'
       ON CONFLICT ("reminderId", "occurrenceAt", channel) DO NOTHING
       RETURNING id`,
      [deliveryId, randomUUID()],
    );
    await client.query(`UPDATE "Delivery" SET status = $2::"DeliveryStatus", attempts = attempts + 1, "claimedUntil" = NULL, "lastError" = $3, "updatedAt" = now() WHERE id = $1 AND status = 'QUEUED'`, [deliveryId, status, reason.slice(0, 500)]);
    await enqueueInTransaction(context.boss, client, sendReminderJob, rows.map((row) => ({ deliveryId: row.id })));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
