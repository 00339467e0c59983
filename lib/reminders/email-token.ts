import { createHmac, timingSafeEqual } from "node:crypto";
import { serverEnv } from "../env";

// Links in reminder emails (pause, one-click unsubscribe, snooze) work without signing in: they
// carry a token naming the delivery, signed with HMAC-SHA256 under NEXTAUTH_SECRET, that expires.
// Nothing is stored; rotating the secret retires every link. See docs/decisions/0017.

export const EMAIL_LINK_LIFETIME_DAYS = 30;

export type EmailLinkClaims = { userId: string; reminderId: string; deliveryId: string; expiresAt: Date };

export function signEmailLink(claims: EmailLinkClaims): string {
  const payload = Buffer.from(JSON.stringify([claims.userId, claims.reminderId, claims.deliveryId, Math.floor(claims.expiresAt.getTime() / 1000)])).toString("base64url");
  return `${payload}.${signature(payload)}`;
}

/** The claims of a genuine, unexpired token, or null. */
export function verifyEmailLink(token: string, now = new Date()): EmailLinkClaims | null {
  const [payload, given] = token.split(".");
  if (!payload || !given || token.length > 1000) return null;
  const expected = Buffer.from(signature(payload));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  try {
    const [userId, reminderId, deliveryId, expires] = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as [string, string, string, number];
    if (typeof expires !== "number" || expires * 1000 <= now.getTime()) return null;
    return { userId, reminderId, deliveryId, expiresAt: new Date(expires * 1000) };
  } catch {
    return null;
  }
}

function signature(payload: string): string {
  return createHmac("sha256", serverEnv().NEXTAUTH_SECRET).update(`reminder-email:${payload}`).digest("base64url");
}
