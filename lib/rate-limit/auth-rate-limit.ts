import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "../db/client";
import { env } from "../env";

// Attempts are counted in PostgreSQL (the RateLimit table), so the limits hold across every app
// instance. Each action is limited per email and, more loosely, per IP.

export type AuthAction = "sign-in" | "sign-up" | "magic-link" | "password-reset";

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const globalForLimits = globalThis as unknown as { footnoteLimiters?: Map<string, RateLimiterPrisma> };

function limiter(action: AuthAction, scope: "ip" | "email"): RateLimiterPrisma {
  const limiters = (globalForLimits.footnoteLimiters ??= new Map());
  const key = `${action}:${scope}`;
  let found = limiters.get(key);
  if (!found) {
    const config = env();
    found = new RateLimiterPrisma({
      storeClient: db(),
      tableName: "rateLimit",
      keyPrefix: key,
      points: scope === "ip" ? config.RATE_LIMIT_PER_IP : config.RATE_LIMIT_PER_EMAIL,
      duration: config.RATE_LIMIT_WINDOW_SECONDS,
      clearExpiredByTimeout: false,
    });
    limiters.set(key, found);
  }
  return found;
}

/** Counts one attempt; refuses it when either the IP or the email has used up its window. */
export async function consumeAuthAttempt(
  action: AuthAction,
  who: { ip: string; email?: string },
): Promise<RateLimitVerdict> {
  const attempts = [limiter(action, "ip").consume(who.ip)];
  if (who.email) attempts.push(limiter(action, "email").consume(who.email.trim().toLowerCase()));
  const results = await Promise.allSettled(attempts);
  const refusals = results.flatMap((result) => {
    if (result.status === "fulfilled") return [];
    if (result.reason instanceof RateLimiterRes) return [result.reason.msBeforeNext];
    throw result.reason;
  });
  if (refusals.length === 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(...refusals) / 1000)) };
}

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts. Please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
