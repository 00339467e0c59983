import { messageKey } from "../i18n/message-key";
import { AppError } from "../app-error";
import { db } from "../db/client";
import type { SecondStep } from "../generated/prisma/enums";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { consumeLimits, refundLimit } from "../rate-limit/limits";
import { recoveryCodesRenewedEmail, recoveryCodeUsedEmail, twoStepOffEmail, twoStepOnEmail } from "./emails";
import { hashRecoveryCodes, looksLikeRecoveryCode, newRecoveryCodes, recoveryCodesLeft, replaceRecoveryCodes, spendRecoveryCode } from "./recovery-codes";
import { seal, unseal } from "./secret-box";
import { groupedSecret, matchingStep, newTotpSecret, provisioningUri } from "./totp";
import { qrCodeDataUrl } from "./qr-code";

// Two-step sign-in: an authenticator app's codes, with recovery codes for a lost phone. Every
// code typed (at sign-in or when setting up) counts against the account's limit; a right one gives
// its count back. See docs/decisions/0069 and 0070.

export const WRONG_CODE = messageKey("wrongSetupCode");
const ALREADY_ON = messageKey("twoStepAlreadyOn");
const NOT_SET_UP = messageKey("twoStepNotSetUp");

type Person = { id: string; email: string; name: string; locale: string };

export async function isTwoStepOn(userId: string): Promise<boolean> {
  const found = await db().twoStep.findUnique({ where: { userId }, select: { enabledAt: true } });
  return Boolean(found?.enabledAt);
}

export async function twoStepStatus(userId: string) {
  const found = await db().twoStep.findUnique({ where: { userId }, select: { enabledAt: true } });
  return { on: Boolean(found?.enabledAt), settingUp: Boolean(found && !found.enabledAt), enabledAt: found?.enabledAt ?? null, recoveryCodesLeft: found?.enabledAt ? await recoveryCodesLeft(userId) : 0 };
}

/** Begins setting up: a new secret, not yet in force. Starting again replaces an unfinished one. */
export async function startTwoStepSetup(userId: string): Promise<void> {
  const sealed = seal(newTotpSecret());
  const { count } = await db().twoStep.updateMany({ where: { userId, enabledAt: null }, data: { secretEncrypted: sealed, lastUsedStep: null } });
  if (count === 1) return;
  if (await isTwoStepOn(userId)) throw new AppError(ALREADY_ON);
  await db().twoStep.create({ data: { userId, secretEncrypted: sealed } });
}

/** What the setup page shows: the QR code and the key to type by hand; null unless setting up. */
export async function twoStepSetupDetails(user: Person) {
  const found = await db().twoStep.findUnique({ where: { userId: user.id } });
  const secret = found && !found.enabledAt ? unseal(found.secretEncrypted) : null;
  if (!secret) return null;
  return { secret: groupedSecret(secret), qrCode: await qrCodeDataUrl(provisioningUri(secret, user.email)) };
}

/**
 * Checks the code against the secret being set up and turns the second step on; returns the
 * recovery codes, shown once.
 */
export async function confirmTwoStepSetup(user: Person, code: string, now = Date.now()): Promise<string[]> {
  await consumeLimits(["two-step:user", user.id]);
  const found = await db().twoStep.findUnique({ where: { userId: user.id } });
  if (!found || found.enabledAt) throw new AppError(found ? ALREADY_ON : NOT_SET_UP);
  const secret = unseal(found.secretEncrypted);
  const step = secret ? matchingStep(secret, code, now) : null;
  if (step === null) throw new AppError(WRONG_CODE, { field: "code" });
  await refundLimit("two-step:user", user.id);
  const codes = newRecoveryCodes();
  const hashes = await hashRecoveryCodes(codes);
  await db().$transaction(async (tx) => {
    const { count } = await tx.twoStep.updateMany({ where: { userId: user.id, enabledAt: null, secretEncrypted: found.secretEncrypted }, data: { enabledAt: new Date(now), lastUsedStep: BigInt(step) } });
    if (count !== 1) throw new AppError(NOT_SET_UP);
    await replaceRecoveryCodes(tx, user.id, hashes);
  });
  await notify(user, twoStepOnEmail(user.name, user.locale));
  return codes;
}

/** New recovery codes in place of every old one; shown once. */
export async function renewRecoveryCodes(user: Person): Promise<string[]> {
  if (!(await isTwoStepOn(user.id))) throw new AppError(messageKey("noRecoveryCodes"));
  const codes = newRecoveryCodes();
  const hashes = await hashRecoveryCodes(codes);
  await db().$transaction((tx) => replaceRecoveryCodes(tx, user.id, hashes));
  await notify(user, recoveryCodesRenewedEmail(user.name, user.locale));
  return codes;
}

export async function turnOffTwoStep(user: Person): Promise<void> {
  const removed = await db().$transaction(async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    return (await tx.twoStep.deleteMany({ where: { userId: user.id } })).count;
  });
  if (removed) await notify(user, twoStepOffEmail(user.name, user.locale));
}

/**
 * The second step at sign-in: an authenticator code not used before, or an unused recovery code.
 * Counts against the account's limit first (throws the 429 AppError when used up); null when the
 * code is wrong.
 */
export async function checkSecondStep(user: Person, input: string, now = Date.now()): Promise<SecondStep | null> {
  await consumeLimits(["two-step:user", user.id]);
  const kind = (await acceptAuthenticatorCode(user.id, input, now)) ? "AUTHENTICATOR_CODE" : looksLikeRecoveryCode(input) && (await spendRecoveryCode(user.id, input)) ? "RECOVERY_CODE" : null;
  if (!kind) return null;
  await refundLimit("two-step:user", user.id);
  if (kind === "RECOVERY_CODE") await notify(user, recoveryCodeUsedEmail(user.name, await recoveryCodesLeft(user.id), user.locale));
  return kind;
}

async function acceptAuthenticatorCode(userId: string, input: string, now: number): Promise<boolean> {
  const code = input.replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return false;
  const found = await db().twoStep.findUnique({ where: { userId }, select: { secretEncrypted: true, enabledAt: true } });
  const secret = found?.enabledAt ? unseal(found.secretEncrypted) : null;
  const step = secret ? matchingStep(secret, code, now) : null;
  if (step === null) return false;
  // Only a step later than the last one used: a code seen over a shoulder, or sent twice, is refused.
  const { count } = await db().twoStep.updateMany({
    where: { userId, enabledAt: { not: null }, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: BigInt(step) } }] },
    data: { lastUsedStep: BigInt(step) },
  });
  return count === 1;
}

async function notify(user: Person, mail: { subject: string; text: string; html: string }) {
  try {
    await sendMail({ to: user.email, ...mail });
  } catch (error) {
    // The change is made either way; a lost notice must not undo it or look like a failure.
    logger.error({ err: error }, "two-step notice email failed");
  }
}
