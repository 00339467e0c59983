import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "../db/client";
import { serverEnv } from "../env";
import { Prisma } from "../generated/prisma/client";
import { safeCallbackPath } from "../http/callback-path";
import { sendMail } from "../mail/send-mail";
import { assertUncommonPassword } from "./common-passwords";
import { accountExistsEmail, finishSignUpEmail } from "./emails";
import type { Language } from "../i18n/locales";
import { storedLocaleFor } from "../i18n/negotiate";
import { hashPassword } from "./password";
import type { signUpSchema } from "./schemas";
import { hashToken } from "./single-use-tokens";

// Signing up answers the same whether or not the address has an account: either way an email goes
// to the address, and only the person who reads it can go on. A new address gets a link that
// makes the account; an address with an account gets a note saying so, with sign-in and reset
// links. Both paths hash the password and send one email, so they take the same time too.

export const SIGN_UP_LINK_TTL_MS = 24 * 60 * 60 * 1000;
export const SIGN_UP_LINK_INVALID = "This link has expired or was already used. Sign up again, or sign in if you already have an account.";

type SignUpInput = z.output<typeof signUpSchema>;

export async function requestSignUp(input: SignUpInput, callbackPath = "/today"): Promise<void> {
  assertUncommonPassword(input.password, "password", [input.name, input.email]);
  const passwordHash = await hashPassword(input.password);
  const token = randomBytes(32).toString("base64url");
  // The same reads and writes either way, so the answer's timing says nothing. A pending sign-up
  // for an address that has an account can never be completed: its link is never sent, and making
  // the account would hit the unique email.
  const existing = await db().$transaction(async (tx) => {
    await tx.pendingSignUp.deleteMany({ where: { email: input.email, expiresAt: { lt: new Date() } } });
    await tx.pendingSignUp.create({
      data: { email: input.email, name: input.name, passwordHash, timeZone: input.timeZone, locale: storedLocaleFor(input.language), tokenHash: hashToken(token), expiresAt: new Date(Date.now() + SIGN_UP_LINK_TTL_MS) },
    });
    return tx.user.findUnique({ where: { email: input.email }, select: { name: true, locale: true } });
  });
  const { NEXTAUTH_URL } = serverEnv();
  if (existing) {
    await sendMail({ to: input.email, ...accountExistsEmail(existing.name, `${NEXTAUTH_URL}/sign-in`, `${NEXTAUTH_URL}/forgot-password`, existing.locale) });
    return;
  }
  const query = new URLSearchParams({ token, callbackUrl: safeCallbackPath(callbackPath) });
  await sendMail({ to: input.email, ...finishSignUpEmail(input.name, `${NEXTAUTH_URL}/sign-up/confirm?${query}`, input.language) });
}

/**
 * Makes the account of a pending sign-up from its emailed token, once; null when the link is
 * unknown, used or expired, or the address got an account meanwhile. The address is verified:
 * the link was read there.
 */
export async function completeSignUp(token: string): Promise<{ id: string; email: string; name: string } | null> {
  const pending = await db().pendingSignUp.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!pending) return null;
  const { count } = await db().pendingSignUp.deleteMany({ where: { id: pending.id } });
  if (count !== 1 || pending.expiresAt.getTime() <= Date.now()) return null;
  try {
    return await db().user.create({
      data: { name: pending.name, email: pending.email, passwordHash: pending.passwordHash, timeZone: pending.timeZone, locale: pending.locale, emailVerified: new Date() },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

/** An account made at once, for the demo and tests (people sign up through requestSignUp). */
export async function createAccount(input: Omit<SignUpInput, "language"> & { language?: Language }): Promise<{ userId: string }> {
  const user = await db().user.create({
    data: {
      name: input.name,
      email: input.email,
      passwordHash: await hashPassword(input.password),
      timeZone: input.timeZone,
      ...(input.language ? { locale: storedLocaleFor(input.language) } : {}),
    },
    select: { id: true },
  });
  return { userId: user.id };
}
