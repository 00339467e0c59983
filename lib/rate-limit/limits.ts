import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "../app-error";
import { db } from "../db/client";
import { env } from "../env";

// Every limit, counted in PostgreSQL (the RateLimit table) so it holds across app instances.
// Keys are what the limit is about: a client address, an email as next-auth or the form's schema
// normalised it, a device cookie's id, or a signed-in user's id.

const LIMITS = {
  /** Password sign-in and every other next-auth callback, per client address. */
  "sign-in:ip": "per-ip",
  /** Password sign-in to one account from browsers it does not know (docs/decisions/0027). */
  "sign-in:account": "per-email",
  /** Password sign-in from one known browser (its device cookie). */
  "sign-in:device": "per-email",
  "magic-link:ip": "per-ip",
  "magic-link:email": "per-email",
  "password-reset:ip": "per-ip",
  "password-reset:email": "per-email",
  "sign-up:ip": "per-ip",
  "sign-up:email": "per-email",
  /** Wrong current passwords typed in Settings (email change, password change, account deletion). */
  "password-check:user": "per-email",
  /** Confirmation mails sent for email changes. */
  "email-change:user": "per-email",
  /** "Send a test now" on the reminders page. */
  "test-send:user": "per-email",
  /** Codes typed for two-step sign-in (at sign-in and when setting it up), per account. */
  "two-step:user": "per-email",
  /** Invitations to help with a journal sent, per inviting person. */
  "invite:user": "per-email",
  /** Passkey prompts started (each stores a challenge), per client address. */
  "passkey-challenge:ip": "per-ip",
  /** Unknown share-link, calendar-feed and email-link tokens, per client address. */
  "token-guess:ip": "per-ip",
} as const;

export type LimitName = keyof typeof LIMITS;

export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many attempts. Please try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

/** The one answer to an exhausted limit: 429, the same sentence, and when to try again. */
export function rateLimited(retryAfterSeconds: number): AppError {
  return new AppError(tooManyAttemptsMessage(retryAfterSeconds), { status: 429, retryAfterSeconds });
}

const globalForLimits = globalThis as unknown as { footnoteLimiters?: Map<LimitName, RateLimiterPrisma> };

function limiter(name: LimitName): RateLimiterPrisma {
  const limiters = (globalForLimits.footnoteLimiters ??= new Map());
  let found = limiters.get(name);
  if (!found) {
    const config = env();
    found = new RateLimiterPrisma({
      storeClient: db(),
      tableName: "rateLimit",
      keyPrefix: name,
      points: LIMITS[name] === "per-ip" ? config.RATE_LIMIT_PER_IP : config.RATE_LIMIT_PER_EMAIL,
      duration: config.RATE_LIMIT_WINDOW_SECONDS,
      clearExpiredByTimeout: false,
    });
    limiters.set(name, found);
  }
  return found;
}

const normaliseKey = (key: string) => key.trim().toLowerCase();

/**
 * A limit's "used up" answer. The limiters are cached on globalThis, which Next's server bundles
 * share while each has its own copy of rate-limiter-flexible: a limiter first made by a server
 * action answers a route handler with another copy's RateLimiterRes, so `instanceof` alone misses it.
 */
function isUsedUp(reason: unknown): reason is RateLimiterRes {
  return reason instanceof RateLimiterRes || (typeof reason === "object" && reason !== null && !(reason instanceof Error) && typeof (reason as { msBeforeNext?: unknown }).msBeforeNext === "number");
}
const secondsOf = (result: RateLimiterRes) => Math.max(1, Math.ceil(result.msBeforeNext / 1000));

/**
 * Counts one attempt against each limit, or throws the 429 AppError when any is used up (with the
 * longest wait). Every limit is counted, so spreading attempts over keys does not reset another.
 */
export async function consumeLimits(...limits: [LimitName, string][]): Promise<void> {
  const results = await Promise.allSettled(limits.map(([name, key]) => limiter(name).consume(normaliseKey(key))));
  const waits = results.flatMap((result) => {
    if (result.status === "fulfilled") return [];
    if (isUsedUp(result.reason)) return [secondsOf(result.reason)];
    throw result.reason;
  });
  if (waits.length > 0) throw rateLimited(Math.max(...waits));
}

/** Gives back an attempt that turned out well: successes do not count toward a lockout. */
export async function refundLimit(name: LimitName, key: string): Promise<void> {
  await limiter(name).reward(normaliseKey(key), 1);
}

/** Throws the 429 when the limit is already used up, without counting anything. */
export async function assertWithinLimit(name: LimitName, key: string): Promise<void> {
  const state = await limiter(name).get(normaliseKey(key));
  const points = LIMITS[name] === "per-ip" ? env().RATE_LIMIT_PER_IP : env().RATE_LIMIT_PER_EMAIL;
  if (state && state.consumedPoints >= points) throw rateLimited(secondsOf(state));
}

/** Counts a miss (an unknown token); never throws for the limit itself. */
export async function countMiss(name: LimitName, key: string): Promise<void> {
  await limiter(name)
    .consume(normaliseKey(key))
    .catch((error: unknown) => {
      if (!isUsedUp(error)) throw error;
    });
}
