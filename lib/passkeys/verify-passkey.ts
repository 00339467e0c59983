import { generateAuthenticationOptions, verifyAuthenticationResponse, type PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { db } from "../db/client";
import type { WebAuthnPurpose } from "../generated/prisma/enums";
import { logger } from "../logger";
import { saveChallenge, takeChallenge } from "./challenges";
import { relyingParty } from "./relying-party";
import { parseAuthenticationResponse } from "./schemas";

// Using a passkey: to sign in (anyone's, found by the credential the browser offers) or to confirm
// it is you before something sensitive in Settings (only the signed-in person's own passkeys).

/** Options for the browser's "use a passkey" prompt. With a user: their passkeys only. */
export async function passkeyRequestOptions(userId: string | null): Promise<{ options: PublicKeyCredentialRequestOptionsJSON; challengeId: string }> {
  const allowCredentials = userId
    ? (await db().passkey.findMany({ where: { userId }, select: { credentialId: true, transports: true } })).map((passkey) => ({ id: passkey.credentialId, transports: passkey.transports }))
    : undefined;
  const options = await generateAuthenticationOptions({ rpID: relyingParty().id, allowCredentials, userVerification: "required", timeout: 300_000 });
  const purpose: WebAuthnPurpose = userId ? "CONFIRM" : "SIGN_IN";
  return { options, challengeId: await saveChallenge({ purpose, userId, challenge: options.challenge }) };
}

/**
 * The user whose passkey signed this browser's challenge, or null: no or an expired challenge, one
 * made for something else or in another browser, an unknown passkey, a wrong origin or relying
 * party, a missing PIN or fingerprint, or a bad signature. `userId` limits it to one person
 * (confirmation in Settings). The passkey's counter and last use are recorded.
 */
export async function verifyPasskey(challengeId: string | undefined, responseText: unknown, userId: string | null = null): Promise<{ userId: string; passkeyId: string } | null> {
  const expectedChallenge = await takeChallenge(challengeId, userId ? "CONFIRM" : "SIGN_IN", userId);
  const response = parseAuthenticationResponse(responseText);
  if (!expectedChallenge || !response) return null;
  const passkey = await db().passkey.findUnique({ where: { credentialId: response.id } });
  if (!passkey || (userId && passkey.userId !== userId)) return null;
  // A discoverable passkey names its account; it must be the one the passkey was made for.
  const userHandle = response.response.userHandle;
  if (userHandle && Buffer.from(userHandle, "base64url").toString() !== passkey.userId) return null;
  const rp = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response: response as never,
    expectedChallenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    credential: { id: passkey.credentialId, publicKey: new Uint8Array(passkey.publicKey), counter: Number(passkey.counter), transports: passkey.transports as never },
    requireUserVerification: true,
  }).catch((error: unknown) => {
    logger.info({ err: error }, "passkey assertion refused");
    return null;
  });
  if (!verification?.verified) return null;
  await db().passkey.update({
    where: { id: passkey.id },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: new Date() },
  });
  return { userId: passkey.userId, passkeyId: passkey.id };
}
