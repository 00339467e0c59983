import { AppError } from "../app-error";
import { db } from "../db/client";
import { recordActivity } from "../journals/activity";
import { assertCan, type JournalAccess } from "../journals/policy";
import { removeStoredPhotos } from "../photos/upload-photo";
import { applyEntryChange } from "../trends/daily-summary";
import { attachEntryPhotos, entryColumns, observationKey, observationRows, temperatureRows, type HealMarks } from "./entry-data";
import type { EntryInput } from "./schemas";

/**
 * Replaces an entry's fields, observations, temperature readings and photo list in one
 * transaction. An observation still noted after the edit keeps its heal mark. Photos taken off the
 * entry are deleted, their files after the commit.
 */
export async function updateEntry(access: JournalAccess, entryId: string, timeZone: string, input: EntryInput): Promise<void> {
  assertCan(access, "record");
  const userId = access.journalId;
  const keptIds = new Set(input.photos.map((photo) => photo.id));
  const removedKeys = await db().$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({ where: { id: entryId, userId }, select: { id: true, localDate: true } });
    if (!entry) throw AppError.notFound();
    const updated = await tx.entry.update({ where: { id: entry.id }, data: { ...entryColumns(input, timeZone), updatedById: access.actorId }, select: { localDate: true } });
    const healed = await tx.observation.findMany({
      where: { entryId, userId, healedAt: { not: null } },
      select: { foot: true, region: true, kind: true, customKind: true, healedAt: true, healedById: true },
    });
    const healMarks: HealMarks = new Map(healed.flatMap((row) => (row.healedAt ? [[observationKey(row), { healedAt: row.healedAt, healedById: row.healedById }] as const] : [])));
    await tx.observation.deleteMany({ where: { entryId, userId } });
    await tx.observation.createMany({ data: observationRows(userId, entryId, input, healMarks) });
    await tx.temperatureReading.deleteMany({ where: { entryId, userId } });
    await tx.temperatureReading.createMany({ data: temperatureRows(userId, entryId, input) });

    const removed = await tx.photo.findMany({
      where: { entryId, userId, id: { notIn: [...keptIds] } },
      select: { id: true, storageKey: true, thumbnailKey: true },
    });
    await tx.photo.deleteMany({ where: { id: { in: removed.map((photo) => photo.id) }, userId } });
    await attachEntryPhotos(tx, userId, entryId, input);
    await applyEntryChange(tx, userId, entry.localDate, updated.localDate);
    await recordActivity(access, "changed", "entry", entryId, tx);
    return removed.flatMap((photo) => [photo.storageKey, photo.thumbnailKey]);
  });
  await removeStoredPhotos(removedKeys);
}
