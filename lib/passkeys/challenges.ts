import { randomBytes } from "node:crypto";
import { db } from "../db/client";
import type { WebAuthnPurpose } from "../generated/prisma/enums";

// WebAuthn challenges live in PostgreSQL (any instance can finish a ceremony another began), for
// five minutes, and are used at most once. The browser that asked holds the row's random id in a
// cookie (challenge-cookie.ts), so a challenge copied into another browser is worth nothing there.

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export async function saveChallenge(input: { purpose: WebAuthnPurpose; userId: string | null; challenge: string }, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db().$transaction([
    db().webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: now } } }),
    db().webAuthnChallenge.create({ data: { id, ...input, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) } }),
  ]);
  return id;
}

/**
 * The challenge the browser's cookie names, removed so it cannot be used again; null when there is
 * none, it has expired, or it was made for another purpose or another person.
 */
export async function takeChallenge(id: string | undefined, purpose: WebAuthnPurpose, userId: string | null, now = new Date()): Promise<string | null> {
  if (!id) return null;
  const found = await db().webAuthnChallenge.findUnique({ where: { id } });
  if (!found) return null;
  // Deleted whatever the outcome; the guard makes two concurrent uses count once.
  const { count } = await db().webAuthnChallenge.deleteMany({ where: { id } });
  if (count !== 1 || found.expiresAt <= now || found.purpose !== purpose || found.userId !== userId) return null;
  return found.challenge;
}
