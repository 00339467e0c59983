import { headers } from "next/headers";
import { clientAddress } from "../http/client-address";
import { consumeLimits, type LimitName } from "./limits";

/**
 * For server actions that take an email (sign-up, password reset): one attempt per client address
 * and per email, the email as the form's schema normalised it (trimmed, lower case).
 */
export async function limitByAddressAndEmail(action: "sign-up" | "password-reset", email: string): Promise<void> {
  const ip = clientAddress(await headers());
  await consumeLimits([`${action}:ip` satisfies LimitName, ip], [`${action}:email` satisfies LimitName, email]);
}
