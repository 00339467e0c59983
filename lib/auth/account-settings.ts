import { messageKey } from "../i18n/message-key";
import type { z } from "zod";
import { AppError } from "../app-error";
import { db } from "../db/client";
import { serverEnv } from "../env";
import { Prisma } from "../generated/prisma/client";
import { sendMail } from "../mail/send-mail";
import { consumeLimits, refundLimit } from "../rate-limit/limits";
import { takeChallengeCookie } from "../passkeys/challenge-cookie";
import { verifyPasskey } from "../passkeys/verify-passkey";
import { assertUncommonPassword } from "./common-passwords";
import { confirmEmailChangeEmail, emailChangedNoticeEmail } from "./emails";
import { hashPassword, verifyPassword } from "./password";
import type { changeEmailSchema, changePasswordSchema, IdentityProof } from "./schemas";
import { consumeToken, issueToken } from "./single-use-tokens";

export const EMAIL_CHANGE_TTL_MS = 60 * 60 * 1000;
const WRONG_PASSWORD = messageKey("wrongCurrentPassword");
export const PASSKEY_NOT_CONFIRMED = messageKey("passkeyNotConfirmed");
export const EMAIL_IN_USE = messageKey("emailInUse");
export const EMAIL_LINK_INVALID = messageKey("emailLinkInvalid");

/**
 * The current password, before anything that needs it (email change, password change, account
 * deletion). Wrong ones are limited per account, so a borrowed or stolen session cannot be used to
 * guess the password; right ones give their count back.
 */
export async function requireCurrentPassword(userId: string, password: string, field = "currentPassword") {
  await consumeLimits(["password-check:user", userId]);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password))) throw new AppError(WRONG_PASSWORD, { field });
  await refundLimit("password-check:user", userId);
}

/**
 * It is you: the current password, or one of your own passkeys answering a challenge this browser
 * holds (from the challenge cookie unless given). Both count against the same per-account limit,
 * so a borrowed session cannot guess either way. Every re-check in Settings comes here
 * (docs/decisions/0071).
 */
export async function confirmIdentity(userId: string, proof: IdentityProof, field = "currentPassword", challengeId?: string) {
  if (!proof.passkey) return requireCurrentPassword(userId, proof.currentPassword, field);
  await consumeLimits(["password-check:user", userId]);
  const verified = await verifyPasskey(challengeId ?? (await takeChallengeCookie()), proof.passkey, userId);
  if (!verified) throw new AppError(PASSKEY_NOT_CONFIRMED, { field });
  await refundLimit("password-check:user", userId);
}

/** Changes the password and signs out every other device. */
export async function changePassword(userId: string, sessionId: string, input: z.output<typeof changePasswordSchema>) {
  await confirmIdentity(userId, input);
  assertUncommonPassword(input.newPassword, "newPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.updateMany({
      where: { userId, revokedAt: null, id: { not: sessionId } },
      data: { revokedAt: new Date() },
    });
  });
}

/** Sends a confirmation link to the new address; the email changes only when it is clicked. */
export async function requestEmailChange(userId: string, input: z.output<typeof changeEmailSchema>) {
  await confirmIdentity(userId, input);
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, locale: true } });
  if (input.email === user.email) throw new AppError(messageKey("alreadyYourEmail"), { field: "email" });
  if (await db().user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError(EMAIL_IN_USE, { field: "email" });
  }
  // Each request mails a stranger's address: a few per window.
  await consumeLimits(["email-change:user", userId]);
  const token = await db().$transaction((tx) =>
    issueToken(tx, { userId, purpose: "EMAIL_CHANGE", ttlMs: EMAIL_CHANGE_TTL_MS, newEmail: input.email }),
  );
  const url = `${serverEnv().NEXTAUTH_URL}/confirm-email?token=${token}`;
  await sendMail({ to: input.email, ...confirmEmailChangeEmail(user.name, url, user.locale) });
}

/** Applies a confirmed email change and tells the old address about it. */
export async function confirmEmailChange(token: string): Promise<{ email: string }> {
  const { oldEmail, newEmail, name, locale } = await db()
    .$transaction(async (tx) => {
      const found = await consumeToken(tx, token, "EMAIL_CHANGE");
      if (!found?.newEmail) throw new AppError(EMAIL_LINK_INVALID);
      const before = await tx.user.findUniqueOrThrow({ where: { id: found.userId }, select: { email: true, name: true, locale: true } });
      await tx.user.update({ where: { id: found.userId }, data: { email: found.newEmail, emailVerified: new Date() } });
      return { oldEmail: before.email, newEmail: found.newEmail, name: before.name, locale: before.locale };
    })
    .catch((error: unknown) => {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError(EMAIL_IN_USE);
      throw error;
    });
  await sendMail({ to: oldEmail, ...emailChangedNoticeEmail(name, newEmail, locale) });
  return { email: newEmail };
}
