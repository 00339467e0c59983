import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum recommendation.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when no account exists keeps sign-in equally slow either way, so timing
// does not tell whether an email has an account.
const UNKNOWN_ACCOUNT_HASH = "$argon2id$v=19$m=19456,t=2,p=1$UJqkMJdsOd6JtYAFhS1NgQ$cz9z01WRPs9uQEaWhwRcT9nxyYmmFlN/F3JmTFUQd+Q";

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? UNKNOWN_ACCOUNT_HASH, password);
    return Boolean(passwordHash) && ok;
  } catch {
    return false;
  }
}
