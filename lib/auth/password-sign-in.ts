import { AppError } from "../app-error";
import { consumeLimits, refundLimit, type LimitName } from "../rate-limit/limits";
import { deviceCookieName, deviceIdFrom, issueDeviceCookie } from "./device-cookie";
import { verifyPassword } from "./password";
import { currentSignInAttempt } from "./sign-in-attempt";
import { findUserWithPasswordHash } from "./users";

/**
 * The credentials check, with `email` as the sign-in schema normalised it. Each attempt counts
 * before the password is checked (so parallel guesses are counted too) and a right password gives
 * its count back: failures lock out, successes do not. A browser with this account's device
 * cookie is counted on its own, so strangers' failures do not lock the owner out.
 */
export async function passwordSignIn(email: string, password: string) {
  const attempt = currentSignInAttempt();
  const deviceId = deviceIdFrom(attempt?.cookies[deviceCookieName(email)], email);
  const limit: [LimitName, string] = deviceId ? ["sign-in:device", deviceId] : ["sign-in:account", email];
  try {
    await consumeLimits(limit);
  } catch (error) {
    if (error instanceof AppError && attempt) attempt.refusal = error;
    return null;
  }
  const user = await findUserWithPasswordHash(email);
  const ok = await verifyPassword(user?.passwordHash, password);
  if (!ok || !user) return null;
  await refundLimit(...limit);
  if (attempt) attempt.deviceCookie = { email, value: issueDeviceCookie(email) };
  return { id: user.id, email: user.email, name: user.name };
}
