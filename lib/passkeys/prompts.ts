import { consumeLimits } from "../rate-limit/limits";
import { setChallengeCookie } from "./challenge-cookie";
import { passkeyRegistrationOptions } from "./register-passkey";
import { passkeyRequestOptions } from "./verify-passkey";

// The start of each ceremony, from a server action: the options for the browser's prompt, with
// the challenge stored and this browser given its cookie.

/** "Sign in with a passkey": anyone may ask, so each address has an allowance of prompts. */
export async function beginPasskeySignIn(clientAddress: string) {
  await consumeLimits(["passkey-challenge:ip", clientAddress]);
  const { options, challengeId } = await passkeyRequestOptions(null);
  await setChallengeCookie(challengeId);
  return options;
}

/** "Use my passkey instead" of the password, in Settings: only this person's passkeys. */
export async function beginPasskeyConfirmation(userId: string) {
  const { options, challengeId } = await passkeyRequestOptions(userId);
  await setChallengeCookie(challengeId);
  return options;
}

/** "Add a passkey", once the person has confirmed it is them. */
export async function beginPasskeyRegistration(user: { id: string; email: string; name: string }) {
  const { options, challengeId } = await passkeyRegistrationOptions(user);
  await setChallengeCookie(challengeId);
  return options;
}
