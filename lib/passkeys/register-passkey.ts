import { messageKey } from "../i18n/message-key";
import { generateRegistrationOptions, verifyRegistrationResponse, type PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/server";
import { AppError } from "../app-error";
import { db } from "../db/client";
import { Prisma } from "../generated/prisma/client";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { saveChallenge, takeChallenge } from "./challenges";
import { passkeyAddedEmail } from "./emails";
import { relyingParty } from "./relying-party";
import { parseRegistrationResponse } from "./schemas";

export const MAX_PASSKEYS = 10;
export const CEREMONY_ENDED = messageKey("passkeyCeremonyEnded");
const NOT_VERIFIED = messageKey("passkeyNotVerified");

type Person = { id: string; email: string; name: string; locale: string };

/** Options for the browser's "create a passkey" prompt; the challenge is kept for this person. */
export async function passkeyRegistrationOptions(user: Pick<Person, "id" | "email" | "name">): Promise<{ options: PublicKeyCredentialCreationOptionsJSON; challengeId: string }> {
  const existing = await db().passkey.findMany({ where: { userId: user.id }, select: { credentialId: true, transports: true } });
  if (existing.length >= MAX_PASSKEYS) {
    throw new AppError(messageKey("tooManyPasskeys", { max: MAX_PASSKEYS }));
  }
  const rp = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    // The same handle for every passkey of the account, so a phone replaces rather than doubles it.
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    // One already on this device is not made twice.
    excludeCredentials: existing.map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports })),
    // Discoverable (sign in without typing an email) and unlocked with the device's PIN, face or
    // fingerprint, so one passkey is both steps.
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
    timeout: 300_000,
  });
  const challengeId = await saveChallenge({ purpose: "REGISTER", userId: user.id, challenge: options.challenge });
  return { options, challengeId };
}

/** Checks the browser's new credential against this person's challenge and keeps it. */
export async function addPasskey(user: Person, challengeId: string | undefined, input: { name: string; response: string }): Promise<{ id: string }> {
  const expectedChallenge = await takeChallenge(challengeId, "REGISTER", user.id);
  if (!expectedChallenge) throw new AppError(CEREMONY_ENDED);
  const response = parseRegistrationResponse(input.response);
  if (!response) throw new AppError(NOT_VERIFIED);
  const rp = relyingParty();
  const verification = await verifyRegistrationResponse({
    response: response as never,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch((error: unknown) => {
    logger.info({ err: error }, "passkey registration refused");
    return null;
  });
  if (!verification?.verified) throw new AppError(NOT_VERIFIED);
  const { credential, credentialBackedUp } = verification.registrationInfo;
  try {
    const created = await db().passkey.create({
      data: {
        userId: user.id,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: BigInt(credential.counter),
        transports: credential.transports ?? [],
        backedUp: credentialBackedUp,
        name: input.name,
      },
      select: { id: true },
    });
    await sendMail({ to: user.email, ...passkeyAddedEmail(user.name, input.name, user.locale) });
    return created;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError(messageKey("passkeyAlreadyAdded"));
    throw error;
  }
}
