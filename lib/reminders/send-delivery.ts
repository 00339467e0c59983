import { db } from "../db/client";
import { serverEnv } from "../env";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { reminderEmailExtras } from "./email-extras";
import { EMAIL_LINK_LIFETIME_DAYS, signEmailLink } from "./email-token";
import { composeReminderEmail } from "./reminder-email";

/**
 * Sends one queued delivery. Safe to run again for the same delivery: a delivery already sent is
 * left alone, and a resend after a crash between the SMTP server's acceptance and the update below
 * carries the same Message-ID. A failure is thrown so the job is retried with backoff; on the final
 * attempt the delivery is marked failed, which the reminders page shows.
 */
export async function sendDelivery(deliveryId: string, { finalAttempt }: { finalAttempt: boolean }): Promise<"sent" | "failed" | "ignored"> {
  const delivery = await db().delivery.findUnique({
    where: { id: deliveryId },
    include: { reminder: { include: { appointment: true } }, user: { select: { id: true, email: true, name: true, timeZone: true, locale: true } } },
  });
  if (!delivery || delivery.status !== "QUEUED") return "ignored";
  if (!delivery.reminder.active && !delivery.test) {
    // Paused after it was queued: the person asked for no more.
    await db().delivery.updateMany({ where: { id: deliveryId, status: "QUEUED" }, data: { status: "SKIPPED" } });
    return "ignored";
  }
  const { NEXTAUTH_URL: appUrl, REMINDER_SEND_TIMEOUT_SECONDS } = serverEnv();
  // Claim it, so a job retried after a time-out does not send while a slow worker still is.
  const now = new Date();
  const claimed = await db().delivery.updateMany({
    where: { id: deliveryId, status: "QUEUED", OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    data: { claimedUntil: new Date(now.getTime() + REMINDER_SEND_TIMEOUT_SECONDS * 1000) },
  });
  if (!claimed.count) throw new Error("another worker is sending this delivery; try again later");
  const token = signEmailLink({
    userId: delivery.userId,
    reminderId: delivery.reminderId,
    deliveryId: delivery.id,
    expiresAt: new Date(Date.now() + EMAIL_LINK_LIFETIME_DAYS * 86_400_000),
  });
  const extras = await reminderEmailExtras(delivery.user, delivery.reminder.kind, now);
  const mail = composeReminderEmail({ appUrl, user: delivery.user, reminder: delivery.reminder, appointment: delivery.reminder.appointment, delivery, token, extras });
  try {
    await sendMail({ ...mail, to: delivery.user.email });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db().delivery.update({
      where: { id: deliveryId },
      data: { attempts: { increment: 1 }, claimedUntil: null, lastError: message.slice(0, 500), ...(finalAttempt ? { status: "FAILED" } : {}) },
    });
    logger.warn({ deliveryId, finalAttempt, err: message }, "reminder email not sent");
    throw error;
  }
  await db().delivery.updateMany({ where: { id: deliveryId, status: "QUEUED" }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 } } });
  return "sent";
}
