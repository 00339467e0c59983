import { cookies } from "next/headers";
import { serverEnv } from "../env";
import { CHALLENGE_TTL_MS } from "./challenges";

/** Holds the id of the browser's current WebAuthn challenge (one ceremony at a time). */
export const CHALLENGE_COOKIE = "footnote-webauthn";

const secure = () => serverEnv().NEXTAUTH_URL.startsWith("https://");

/** From a server action: the browser now holds this challenge. */
export async function setChallengeCookie(challengeId: string): Promise<void> {
  (await cookies()).set(CHALLENGE_COOKIE, challengeId, { httpOnly: true, sameSite: "strict", secure: secure(), path: "/", maxAge: CHALLENGE_TTL_MS / 1000 });
}

/** From a server action: the challenge id this browser holds, and the cookie is cleared (single use). */
export async function takeChallengeCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const value = jar.get(CHALLENGE_COOKIE)?.value;
  if (value !== undefined) jar.delete(CHALLENGE_COOKIE);
  return value;
}

/** For responses built by hand (next-auth's route): a Set-Cookie that clears it. */
export function clearedChallengeCookie(): string {
  return `${CHALLENGE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure() ? "; Secure" : ""}`;
}
