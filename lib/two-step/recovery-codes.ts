import { hash, verify } from "@node-rs/argon2";
import { randomInt } from "node:crypto";
import type { Tx } from "../db/client";
import { db } from "../db/client";

// Ten single-use recovery codes, "abcde-12345" style: 10 characters from 31 that cannot be mistaken
// for each other (no 0/o, 1/l/i), about 49 bits each. Stored as argon2id hashes, so a copy of the
// database does not give them away, and independent of NEXTAUTH_SECRET, so they still work if it
// changes. Shown once; making new ones replaces all the old.

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const characters = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${characters.slice(0, 5)}-${characters.slice(5)}`;
  });
}

/** What a person typed, as stored: lower case, without spaces or dashes. */
export function normaliseRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, "");
}

export function looksLikeRecoveryCode(input: string): boolean {
  return /^[a-z0-9]{10}$/.test(normaliseRecoveryCode(input));
}

export async function hashRecoveryCodes(codes: string[]): Promise<string[]> {
  return Promise.all(codes.map((code) => hash(normaliseRecoveryCode(code))));
}

export async function replaceRecoveryCodes(tx: Tx, userId: string, hashes: string[]): Promise<void> {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
}

/** Uses up the matching unused code; false when none matches (or another request used it first). */
export async function spendRecoveryCode(userId: string, input: string): Promise<boolean> {
  const code = normaliseRecoveryCode(input);
  const unused = await db().recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
  for (const candidate of unused) {
    if (!(await verify(candidate.codeHash, code).catch(() => false))) continue;
    const { count } = await db().recoveryCode.updateMany({ where: { id: candidate.id, usedAt: null }, data: { usedAt: new Date() } });
    return count === 1;
  }
  return false;
}

export function recoveryCodesLeft(userId: string): Promise<number> {
  return db().recoveryCode.count({ where: { userId, usedAt: null } });
}
