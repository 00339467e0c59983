import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenPurpose } from "../generated/prisma/enums";
import type { Tx } from "../db/client";

// Links sent by email carry 256 random bits; only their SHA-256 is stored, so a database read
// does not hand out working links.

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueToken(
  tx: Tx,
  input: { userId: string; purpose: AuthTokenPurpose; ttlMs: number; newEmail?: string },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // One outstanding link per purpose: asking again makes the older link stop working.
  await tx.authToken.deleteMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null } });
  await tx.authToken.create({
    data: {
      userId: input.userId,
      purpose: input.purpose,
      tokenHash: hashToken(token),
      newEmail: input.newEmail,
      expiresAt: new Date(Date.now() + input.ttlMs),
    },
  });
  return token;
}

/** Marks the token used and returns it, or null when unknown, used or expired. */
export async function consumeToken(tx: Tx, token: string, purpose: AuthTokenPurpose) {
  const now = new Date();
  const found = await tx.authToken.findFirst({
    where: { tokenHash: hashToken(token), purpose, usedAt: null, expiresAt: { gt: now } },
  });
  if (!found) return null;
  // The guard on usedAt makes two concurrent uses of one link count once.
  const { count } = await tx.authToken.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
  return count === 1 ? found : null;
}
