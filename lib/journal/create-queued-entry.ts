import { Prisma } from "../generated/prisma/client";
import { db } from "../db/client";
import type { JournalAccess } from "../journals/policy";
import { createEntry } from "./create-entry";
import type { EntryInput } from "./schemas";

/**
 * Saves a check that waited on the device, once: its id made on the device (`clientId`) is unique
 * per journal, so a second send (a lost answer, Background Sync and the open page both sending)
 * returns the entry the first one stored instead of storing another.
 */
export async function createQueuedEntry(access: JournalAccess, timeZone: string, input: EntryInput, clientId: string): Promise<{ id: string; created: boolean }> {
  const userId = access.journalId;
  const existing = await findByClientId(userId, clientId);
  if (existing) return { id: existing.id, created: false };
  try {
    return { ...(await createEntry(access, timeZone, input, clientId)), created: true };
  } catch (error) {
    // Two sends at the same moment: the unique index lets one in, the other finds it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const stored = await findByClientId(userId, clientId);
      if (stored) return { id: stored.id, created: false };
    }
    throw error;
  }
}

function findByClientId(userId: string, clientId: string) {
  return db().entry.findUnique({ where: { userId_clientId: { userId, clientId } }, select: { id: true } });
}
