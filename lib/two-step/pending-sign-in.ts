import { createHash, randomBytes } from "node:crypto";
import { db } from "../db/client";
import type { SecondStep, SignInMethod } from "../generated/prisma/enums";
import { checkSecondStep } from "./two-step";

// Between a right first step (password or email link) and the session, for an account with two-step
// sign-in on: a row that says who got this far and how, and a cookie holding its token (only the
// hash is stored). No session exists until the code is right. See docs/decisions/0070.

export const PENDING_SIGN_IN_TTL_MS = 10 * 60 * 1000;
export const PENDING_SIGN_IN_COOKIE = "footnote-second-step";

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

export async function startPendingSignIn(input: { userId: string; method: SignInMethod; callbackUrl: string }, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db().$transaction([
    db().pendingSignIn.deleteMany({ where: { expiresAt: { lte: now } } }),
    db().pendingSignIn.create({ data: { ...input, tokenHash: hashOf(token), expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_TTL_MS) } }),
  ]);
  return token;
}

/** The sign-in waiting for this browser's second step, or null when there is none or it expired. */
export async function findPendingSignIn(token: string | undefined, now = new Date()) {
  if (!token) return null;
  return db().pendingSignIn.findFirst({
    where: { tokenHash: hashOf(token), expiresAt: { gt: now } },
    select: { id: true, method: true, callbackUrl: true, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
}

/**
 * The second step for this browser's pending sign-in: the person, how they signed in, and which
 * code they gave, once; null when there is no pending sign-in or the code is wrong. A used-up
 * limit throws the 429 AppError.
 */
export async function completePendingSignIn(token: string | undefined, code: string): Promise<{ user: { id: string; email: string; name: string; locale: string }; method: SignInMethod; secondStep: SecondStep } | null> {
  const pending = await findPendingSignIn(token);
  if (!pending) return null;
  const secondStep = await checkSecondStep(pending.user, code);
  if (!secondStep) return null;
  const { count } = await db().pendingSignIn.deleteMany({ where: { id: pending.id } });
  return count === 1 ? { user: pending.user, method: pending.method, secondStep } : null;
}

export function pendingSignInCookie(token: string, secure: boolean): string {
  return `${PENDING_SIGN_IN_COOKIE}=${token}; Path=/; Max-Age=${PENDING_SIGN_IN_TTL_MS / 1000}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}

export function clearedPendingSignInCookie(secure: boolean): string {
  return `${PENDING_SIGN_IN_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
}
