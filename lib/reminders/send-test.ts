import { db } from "../db/client";
import { consumeLimits } from "../rate-limit/limits";
import { dateColumn, localDateOf } from "../time/local-day";
import { sendDelivery } from "./send-delivery";

/**
 * "Send a test now": a delivery marked as a test, sent at once (the person is waiting for it), with
 * the same composer, headers and Message-ID scheme as the real ones.
 */
export async function sendTestNow(userId: string, reminderId: string): Promise<"sent" | "failed" | "not-found"> {
  const reminder = await db().reminder.findFirst({ where: { id: reminderId, userId }, select: { id: true, timeZone: true } });
  if (!reminder) return "not-found";
  await consumeLimits(["test-send:user", userId]);
  const now = new Date();
  const delivery = await db().delivery.create({
    data: { userId, reminderId, occurrenceAt: now, localDate: dateColumn(localDateOf(now, reminder.timeZone)), status: "QUEUED", test: true },
  });
  try {
    await sendDelivery(delivery.id, { finalAttempt: true });
    return "sent";
  } catch {
    return "failed";
  }
}
