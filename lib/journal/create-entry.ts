import { db } from "../db/client";
import { applyEntryChange } from "../trends/daily-summary";
import { attachEntryPhotos, entryColumns, observationRows, temperatureRows } from "./entry-data";
import type { EntryInput } from "./schemas";

/** Saves an entry with its observations and already-uploaded photos: all of it, or nothing. */
export async function createEntry(userId: string, timeZone: string, input: EntryInput, clientId?: string): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    const entry = await tx.entry.create({ data: { userId, clientId, ...entryColumns(input, timeZone) }, select: { id: true, localDate: true } });
    await tx.observation.createMany({ data: observationRows(userId, entry.id, input) });
    await tx.temperatureReading.createMany({ data: temperatureRows(userId, entry.id, input) });
    await attachEntryPhotos(tx, userId, entry.id, input);
    await applyEntryChange(tx, userId, null, entry.localDate);
    return { id: entry.id };
  });
}
