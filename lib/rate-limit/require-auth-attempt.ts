import { headers } from "next/headers";
import { AppError } from "../app-error";
import { clientIp } from "../http/client-ip";
import { consumeAuthAttempt, tooManyAttemptsMessage, type AuthAction } from "./auth-rate-limit";

/** For server actions: counts the attempt, or stops the action with the "try again in N minutes" message. */
export async function requireAuthAttempt(action: AuthAction, email?: string): Promise<void> {
  const verdict = await consumeAuthAttempt(action, { ip: clientIp(await headers()), email });
  if (!verdict.allowed) throw new AppError(tooManyAttemptsMessage(verdict.retryAfterSeconds), { status: 429, retryAfterSeconds: verdict.retryAfterSeconds });
}
