import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { serverEnv } from "../env";

// OWASP's "device cookie": a browser that has signed in to an account gets a signed cookie naming
// that account. Its wrong passwords are counted against the cookie, not the account, so strangers
// locking the account out of unknown browsers do not lock its owner out. See docs/decisions/0027.

export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** One cookie per account (a carer's browser may sign in to two); the name hides the address. */
export function deviceCookieName(email: string): string {
  return `footnote-device-${createHash("sha256").update(email).digest("hex").slice(0, 16)}`;
}

function signature(email: string, nonce: string): string {
  return createHmac("sha256", serverEnv().NEXTAUTH_SECRET).update(`device:${email}:${nonce}`).digest("base64url");
}

export function issueDeviceCookie(email: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${signature(email, nonce)}`;
}

/** The cookie's id when it is genuine and was issued for this email; otherwise null. */
export function deviceIdFrom(value: string | undefined, email: string): string | null {
  const [nonce, given] = (value ?? "").split(".");
  if (!nonce || !given) return null;
  const expected = Buffer.from(signature(email, nonce));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? nonce : null;
}

export function serializeDeviceCookie(email: string, value: string): string {
  const secure = new URL(serverEnv().NEXTAUTH_URL).protocol === "https:";
  return `${deviceCookieName(email)}=${value}; Path=/api/auth; Max-Age=${DEVICE_COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
