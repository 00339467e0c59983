import { db } from "../db/client";
import { recordActivity } from "../journals/activity";
import { assertCan, type JournalAccess } from "../journals/policy";
import { attachEntryPhotos, entryColumns, observationRows, temperatureRows } from "./entry-data";
import type { EntryInput } from "./schemas";

/** Saves an entry with its observations and already-uploaded photos: all of it, or nothing. */
export async function createEntry(access: JournalAccess, timeZone: string, input: EntryInput): Promise<{ id: string }> {
  assertCan(access, "record");
  const { journalId: userId, actorId } = access;
  return db().$transaction(async (tx) => {
    const entry = await tx.entry.create({ data: { userId, createdById: actorId, updatedById: actorId, ...entryColumns(input, timeZone) }, select: { id: true } });
    await tx.observation.createMany({ data: observationRows(userId, entry.id, input) });
    await tx.temperatureReading.createMany({ data: temperatureRows(userId, entry.id, input) });
    await attachEntryPhotos(tx, userId, entry.id, input);
    await recordActivity(access, "created", "entry", entry.id, tx);
    return entry;
  });
}
