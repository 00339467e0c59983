import { AsyncLocalStorage } from "node:async_hooks";
import type { AppError } from "../app-error";

// One POST to next-auth, seen from inside it. The limits are applied where next-auth has already
// parsed and normalised the email (the credentials check, the magic-link request), which cannot
// set a status; they leave their verdict here, and the route (lib/auth/auth-route.ts) answers it.

export type SignInAttempt = {
  ip: string;
  cookies: Record<string, string>;
  /** Set when a limit refused the attempt: the route answers 429 with its message. */
  refusal?: AppError;
  /** Set when a password was right: the browser's device cookie for that account, to send back. */
  deviceCookie?: { email: string; value: string };
  /** Where the person asked to go afterwards, as the request gave it (an email link's query). */
  callbackUrl?: string;
  /** Set-Cookie headers to add to next-auth's answer (a pending second step, cleared challenges). */
  setCookies: string[];
};

const attempts = new AsyncLocalStorage<SignInAttempt>();

export function runSignInAttempt<T>(attempt: SignInAttempt, work: () => Promise<T>): Promise<T> {
  return attempts.run(attempt, work);
}

export function currentSignInAttempt(): SignInAttempt | undefined {
  return attempts.getStore();
}
