import { messageKey } from "../i18n/message-key";
import type { z } from "zod";
import { AppError } from "../app-error";
import { db } from "../db/client";
import { serverEnv } from "../env";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { isTwoStepOn } from "../two-step/two-step";
import { passwordResetEmail, passwordResetNoticeEmail } from "./emails";
import { assertUncommonPassword } from "./common-passwords";
import { hashPassword } from "./password";
import type { resetPasswordSchema } from "./schemas";
import { consumeToken, issueToken } from "./single-use-tokens";

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
export const RESET_LINK_INVALID = messageKey("resetLinkInvalid");

/** Sends a reset link when the account exists; says nothing either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true, email: true, locale: true } });
  if (!user) return;
  const token = await db().$transaction((tx) =>
    issueToken(tx, { userId: user.id, purpose: "PASSWORD_RESET", ttlMs: PASSWORD_RESET_TTL_MS }),
  );
  const url = `${serverEnv().NEXTAUTH_URL}/reset-password?token=${token}`;
  await sendMail({ to: user.email, ...passwordResetEmail(user.name, url, user.locale) });
}

/**
 * Sets the new password and ends every session of the account, all or nothing, then tells the
 * person by email. Two-step sign-in stays as it was: a reset link proves only the mailbox.
 */
export async function resetPassword(input: z.output<typeof resetPasswordSchema>): Promise<void> {
  assertUncommonPassword(input.password, "password");
  const passwordHash = await hashPassword(input.password);
  const user = await db().$transaction(async (tx) => {
    const token = await consumeToken(tx, input.token, "PASSWORD_RESET");
    if (!token) throw new AppError(RESET_LINK_INVALID);
    await tx.session.updateMany({ where: { userId: token.userId, revokedAt: null }, data: { revokedAt: new Date() } });
    return tx.user.update({ where: { id: token.userId }, data: { passwordHash }, select: { id: true, email: true, name: true, locale: true } });
  });
  try {
    await sendMail({ to: user.email, ...passwordResetNoticeEmail(user.name, await isTwoStepOn(user.id), user.locale) });
  } catch (error) {
    // The password is changed either way; a lost notice must not make it look as if it were not.
    logger.error({ err: error }, "password reset notice email failed");
  }
}
