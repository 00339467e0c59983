"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { confirmIdentity } from "@/lib/auth/account-settings";
import { identitySchema } from "@/lib/auth/schemas";
import { takeChallengeCookie } from "@/lib/passkeys/challenge-cookie";
import { removePasskey } from "@/lib/passkeys/passkeys";
import { beginPasskeyConfirmation, beginPasskeyRegistration } from "@/lib/passkeys/prompts";
import { addPasskey } from "@/lib/passkeys/register-passkey";
import { addPasskeySchema, passkeyIdSchema } from "@/lib/passkeys/schemas";
import { setupCodeSchema } from "@/lib/two-step/schemas";
import { confirmTwoStepSetup, renewRecoveryCodes, startTwoStepSetup, turnOffTwoStep } from "@/lib/two-step/two-step";

// Settings → Security. Everything that adds a way in or takes one away first asks for the password
// or a passkey (docs/decisions/0071); a stolen session alone cannot add its own passkey or turn on
// a second step the owner does not have.

export const passkeyConfirmationOptionsAction = userAction(z.object({}), (user) => beginPasskeyConfirmation(user.id));

export const passkeyRegistrationOptionsAction = userAction(identitySchema, async (user, proof) => {
  await confirmIdentity(user.id, proof);
  return beginPasskeyRegistration(user);
});

export const addPasskeyAction = userAction(addPasskeySchema, async (user, input) => {
  await addPasskey(user, await takeChallengeCookie(), input);
  revalidatePath("/settings");
});

export const removePasskeyAction = userAction(passkeyIdSchema, async (user, { passkeyId }) => {
  await removePasskey(user.id, passkeyId);
  revalidatePath("/settings");
});

export const startTwoStepSetupAction = userAction(identitySchema, async (user, proof) => {
  await confirmIdentity(user.id, proof);
  await startTwoStepSetup(user.id);
});

export const confirmTwoStepAction = userAction(setupCodeSchema, async (user, { code }) => confirmTwoStepSetup(user, code));

export const renewRecoveryCodesAction = userAction(identitySchema, async (user, proof) => {
  await confirmIdentity(user.id, proof);
  return renewRecoveryCodes(user);
});

export const turnOffTwoStepAction = userAction(identitySchema, async (user, proof) => {
  await confirmIdentity(user.id, proof);
  await turnOffTwoStep(user);
  revalidatePath("/settings");
});
