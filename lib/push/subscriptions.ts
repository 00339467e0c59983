import { AppError } from "../app-error";
import { messageKey } from "../i18n/message-key";
import { describeDevice } from "../auth/describe-device";
import { db } from "../db/client";
import { MAX_DEVICES_PER_PERSON, type PushSubscriptionInput } from "./schemas";

// A person's devices with notifications on. Every query is scoped by the signed-in person's id; a
// subscription that is not theirs is "not found". Settings is always the person's own, never the
// journal a carer has open: devices belong to people, not journals.

/**
 * Stores this browser's subscription for the person. The same endpoint again (the browser
 * re-subscribed, or another account signed in on it) is updated in place: a browser has one
 * subscription, and it belongs to whoever turned notifications on last.
 */
export async function saveSubscription(userId: string, input: PushSubscriptionInput, userAgent: string) {
  return db().$transaction(async (tx) => {
    // Serialises a person's subscribes, so two at once cannot pass the cap together.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const existing = await tx.pushSubscription.findUnique({ where: { endpoint: input.endpoint }, select: { userId: true } });
    if (existing?.userId !== userId) {
      const count = await tx.pushSubscription.count({ where: { userId } });
      if (count >= MAX_DEVICES_PER_PERSON) {
        throw new AppError(messageKey("tooManyDevices", { max: MAX_DEVICES_PER_PERSON }), { status: 409 });
      }
    }
    const data = { userId, p256dh: input.keys.p256dh, auth: input.keys.auth, device: describeDevice(userAgent) };
    return tx.pushSubscription.upsert({ where: { endpoint: input.endpoint }, create: { endpoint: input.endpoint, ...data }, update: data, select: { id: true, device: true } });
  });
}

/** Removes one of the person's devices; false when it is not theirs (or already gone). */
export async function removeSubscription(userId: string, subscriptionId: string): Promise<boolean> {
  const { count } = await db().pushSubscription.deleteMany({ where: { id: subscriptionId, userId } });
  return count > 0;
}

/** Signing out on this device: its subscription goes, so the next person here sees nothing of this one's. */
export async function forgetSubscription(userId: string, endpoint: string): Promise<void> {
  await db().pushSubscription.deleteMany({ where: { endpoint, userId } });
}

export function listSubscriptions(userId: string) {
  return db().pushSubscription.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, device: true, endpoint: true, createdAt: true, lastUsedAt: true },
  });
}

export async function hasSubscriptions(userId: string): Promise<boolean> {
  return (await db().pushSubscription.count({ where: { userId } })) > 0;
}
