import { AppError } from "../app-error";
import { db } from "../db/client";

// A person's own passkeys: listed and removed only through their own user id.

export function listPasskeys(userId: string) {
  return db().passkey.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, backedUp: true },
  });
}

export async function hasPasskeys(userId: string): Promise<boolean> {
  return (await db().passkey.count({ where: { userId } })) > 0;
}

export async function removePasskey(userId: string, passkeyId: string): Promise<void> {
  const { count } = await db().passkey.deleteMany({ where: { id: passkeyId, userId } });
  if (count !== 1) throw AppError.notFound();
}
