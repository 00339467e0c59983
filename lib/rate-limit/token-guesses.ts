import { headers } from "next/headers";
import { AppError } from "../app-error";
import { clientAddress } from "../http/client-address";
import { assertWithinLimit, countMiss } from "./limits";

// Pages opened by a secret in the URL (share links, reminder email links): an address that has
// tried too many unknown tokens is told to wait before anything is looked up. Route handlers get
// the same through lib/routes.ts (`tokenGuesses`).

/** The "too many attempts" sentence when this address used up its guesses; otherwise null. */
export async function tokenGuessRefusal(): Promise<string | null> {
  try {
    await assertWithinLimit("token-guess:ip", clientAddress(await headers()));
    return null;
  } catch (error) {
    if (error instanceof AppError && error.status === 429) return error.message;
    throw error;
  }
}

export async function countTokenMiss(): Promise<void> {
  await countMiss("token-guess:ip", clientAddress(await headers()));
}
