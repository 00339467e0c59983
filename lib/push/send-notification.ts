import type { Agent } from "node:https";
import webpush, { WebPushError } from "web-push";
import { pushEnv } from "../env";

// One encrypted message (RFC 8291, aes128gcm) to one device through its push service, signed with
// the server's VAPID key (RFC 8292). Answers what the push service said, in three kinds.

export type PushTarget = { endpoint: string; p256dh: string; auth: string };
export type PushOutcome = "delivered" | "gone" | { error: string };
export type PushSendOptions = {
  /** Seconds the push service keeps it for a device that is off. */
  ttlSeconds: number;
  urgency: "very-low" | "low" | "normal" | "high";
  /** Replaces a message with the same topic still waiting at the push service. */
  topic?: string;
  /** A TLS agent: only a test standing in for the push service sets one. */
  agent?: Agent;
};

const TIMEOUT_MS = 15_000;

export async function sendPushNotification(target: PushTarget, payload: object, options: PushSendOptions): Promise<PushOutcome> {
  const keys = pushEnv();
  if (!keys) return { error: "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not set" };
  try {
    await webpush.sendNotification({ endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } }, JSON.stringify(payload), {
      vapidDetails: keys,
      TTL: options.ttlSeconds,
      urgency: options.urgency,
      topic: options.topic,
      contentEncoding: "aes128gcm",
      timeout: TIMEOUT_MS,
      ...(options.agent ? { agent: options.agent } : {}),
    });
    return "delivered";
  } catch (error) {
    // 404 and 410: the browser unsubscribed or the subscription expired; it will never work again.
    if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) return "gone";
    if (error instanceof WebPushError) return { error: `push service answered ${error.statusCode}` };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
