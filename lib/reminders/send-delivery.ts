import { db } from "../db/client";
import { serverEnv } from "../env";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { reminderEmailExtras } from "./email-extras";
import { EMAIL_LINK_LIFETIME_DAYS, signEmailLink } from "./email-token";
import type { DeliverySendRequest } from "./delivery-send-job";
import { composeReminderEmail } from "./reminder-email";

/**
 * Sends queued deliveries, a fetched batch at once: one query loads them, one claims them, the
 * emails go out over the pooled SMTP connections a group at a time, each group marked sent as it
 * goes. Safe to run again for the same delivery: one already sent is left alone, and a resend after
 * a crash between the SMTP server's acceptance and that update carries the same Message-ID. Returns
 * the ids of the deliveries to try again (a failed send, or one another worker is still sending); a
 * failure on the final attempt marks the delivery failed, which the reminders page shows.
 */
export async function sendDeliveries(requests: DeliverySendRequest[]): Promise<string[]> {
  if (!requests.length) return [];
  const finalAttempt = new Map(requests.map((request) => [request.deliveryId, request.finalAttempt]));
  const queued = await db().delivery.findMany({
    where: { id: { in: [...finalAttempt.keys()] }, status: "QUEUED" },
    include: {
      reminder: { include: { appointment: true, recipient: { select: { email: true, name: true, timeZone: true, locale: true } } } },
      user: { select: { id: true, email: true, name: true, timeZone: true, locale: true } },
    },
  });
  // Paused after it was queued: the person asked for no more.
  const paused = queued.filter((delivery) => !delivery.reminder.active && !delivery.test).map((delivery) => delivery.id);
  if (paused.length) await db().delivery.updateMany({ where: { id: { in: paused }, status: "QUEUED" }, data: { status: "SKIPPED" } });
  const toSend = queued.filter((delivery) => delivery.reminder.active || delivery.test);
  if (!toSend.length) return [];

  const { NEXTAUTH_URL: appUrl, REMINDER_SEND_TIMEOUT_SECONDS, SMTP_MAX_CONNECTIONS } = serverEnv();
  const claimFor = () => new Date(Date.now() + REMINDER_SEND_TIMEOUT_SECONDS * 1000);
  // Claim them, so a job retried after a time-out does not send while a slow worker still is.
  const now = new Date();
  let claimedUntil = claimFor();
  const claimedIds = new Set(
    (
      await db().delivery.updateManyAndReturn({
        where: { id: { in: toSend.map((delivery) => delivery.id) }, status: "QUEUED", OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
        data: { claimedUntil },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const busy = toSend.filter((delivery) => !claimedIds.has(delivery.id)).map((delivery) => delivery.id);
  const claimed = toSend.filter((delivery) => claimedIds.has(delivery.id));

  // Sent a pooled connection's worth at a time, the claim on what is left renewed before each
  // group: on a slow machine a batch can outlast its claim, and a worker that took over an expired
  // claim must make this one find it gone rather than both sending. The claim's time is the token.
  const expiresAt = new Date(Date.now() + EMAIL_LINK_LIFETIME_DAYS * 86_400_000);
  // What lib/advice finds active for the person, once per person and kind in the batch.
  const extrasOf = new Map<string, ReturnType<typeof reminderEmailExtras>>();
  const extrasFor = (delivery: (typeof claimed)[number]) => {
    const key = `${delivery.userId} ${delivery.reminder.kind}`;
    if (!extrasOf.has(key)) extrasOf.set(key, reminderEmailExtras(delivery.user, delivery.reminder.kind, now));
    return extrasOf.get(key)!;
  };
  const outcomes = new Map<string, PromiseSettledResult<unknown>>();
  const takenOver: string[] = [];
  let ours = claimed;
  while (ours.length) {
    const renewedUntil = claimFor();
    const renewed = new Set(
      (
        await db().delivery.updateManyAndReturn({
          where: { id: { in: ours.map((delivery) => delivery.id) }, status: "QUEUED", claimedUntil },
          data: { claimedUntil: renewedUntil },
          select: { id: true },
        })
      ).map((row) => row.id),
    );
    claimedUntil = renewedUntil;
    takenOver.push(...ours.filter((delivery) => !renewed.has(delivery.id)).map((delivery) => delivery.id));
    ours = ours.filter((delivery) => renewed.has(delivery.id));
    const group = ours.slice(0, SMTP_MAX_CONNECTIONS);
    ours = ours.slice(SMTP_MAX_CONNECTIONS);
    const settled = await Promise.allSettled(
      group.map(async (delivery) => {
        const token = signEmailLink({ userId: delivery.userId, reminderId: delivery.reminderId, deliveryId: delivery.id, expiresAt });
        const extras = await extrasFor(delivery);
        // A carer's reminder about the person goes to the carer, and names the person.
        const { recipient } = delivery.reminder;
        const mail = composeReminderEmail({ appUrl, user: recipient ?? delivery.user, reminder: delivery.reminder, appointment: delivery.reminder.appointment, delivery, token, extras, about: recipient ? { name: delivery.user.name, journalId: delivery.user.id } : null });
        return sendMail({ ...mail, to: (recipient ?? delivery.user).email });
      }),
    );
    group.forEach((delivery, index) => outcomes.set(delivery.id, settled[index]!));
    // Marked at once, group by group: the window in which a worker taking over could resend is
    // one group's sending, not the whole batch's.
    const sent = group.filter((_, index) => settled[index]!.status === "fulfilled").map((delivery) => delivery.id);
    if (sent.length) {
      await db().delivery.updateMany({ where: { id: { in: sent }, status: "QUEUED" }, data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, claimedUntil: null } });
    }
  }

  const failed: string[] = [];
  for (const [deliveryId, outcome] of outcomes) {
    if (outcome.status === "fulfilled") continue;
    const final = finalAttempt.get(deliveryId) ?? false;
    const message = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
    await db().delivery.update({
      where: { id: deliveryId },
      data: { attempts: { increment: 1 }, claimedUntil: null, lastError: message.slice(0, 500), ...(final ? { status: "FAILED" } : {}) },
    });
    logger.warn({ deliveryId, finalAttempt: final, err: message }, "reminder email not sent");
    failed.push(deliveryId);
  }
  if (busy.length || takenOver.length) logger.info({ deliveries: [...busy, ...takenOver] }, "reminders being sent by another worker; trying again later");
  return [...busy, ...takenOver, ...failed];
}

/** Sends one queued delivery now (a test the person is waiting for); throws when it was not sent. */
export async function sendDelivery(deliveryId: string, options: { finalAttempt: boolean }): Promise<void> {
  const retry = await sendDeliveries([{ deliveryId, ...options }]);
  if (retry.length) throw new Error("the reminder email was not sent");
}
