import { randomUUID } from "node:crypto";
import { db } from "../db/client";
import { createAccount } from "../auth/sign-up";

export const TEST_PASSWORD = "correct horse battery";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID()}@example.com`;
}

/** A user made through the real sign-up service. */
export async function createTestUser(overrides: { name?: string; email?: string; timeZone?: string } = {}) {
  const email = overrides.email ?? uniqueEmail();
  const { userId } = await createAccount({
    name: overrides.name ?? "Test Person",
    email,
    password: TEST_PASSWORD,
    timeZone: overrides.timeZone ?? "Europe/London",
  });
  return db().user.findUniqueOrThrow({ where: { id: userId } });
}
