import { db } from "../db/client";
import { recordActivity } from "../journals/activity";
import { assertCan, type JournalAccess } from "../journals/policy";
import { applyEntryChange } from "../trends/daily-summary";
import { attachEntryPhotos, entryColumns, observationRows, temperatureRows } from "./entry-data";
import type { EntryInput } from "./schemas";

/** Saves an entry with its observations and already-uploaded photos: all of it, or nothing. */
export async function createEntry(access: JournalAccess, timeZone: string, input: EntryInput, clientId?: string): Promise<{ id: string }> {
  assertCan(access, "record");
  const { journalId: userId, actorId } = access;
  return db().$transaction(async (tx) => {
    const entry = await tx.entry.create({
      data: { userId, clientId, createdById: actorId, updatedById: actorId, ...entryColumns(input, timeZone) },
      select: { id: true, localDate: true },
    });
    await tx.observation.createMany({ data: observationRows(userId, entry.id, input) });
    await tx.temperatureReading.createMany({ data: temperatureRows(userId, entry.id, input) });
    await attachEntryPhotos(tx, userId, entry.id, input);
    await applyEntryChange(tx, userId, null, entry.localDate);
    await recordActivity(access, "created", "entry", entry.id, tx);
    return { id: entry.id };
  });
}
