import { db } from "../db/client";
import { recordActivity } from "../journals/activity";
import { assertCan, type JournalAccess } from "../journals/policy";
import { deletePhotosOfEntry, removeStoredPhotos } from "../photos/upload-photo";
import { applyEntryChange } from "../trends/daily-summary";

/** Deletes one of the journal's entries, its observations and photos; false when it is not the journal's. */
export async function deleteEntry(access: JournalAccess, entryId: string): Promise<boolean> {
  assertCan(access, "record");
  const userId = access.journalId;
  const keys = await db().$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({ where: { id: entryId, userId }, select: { id: true, localDate: true } });
    if (!entry) return null;
    const keys = await deletePhotosOfEntry(tx, userId, entryId);
    await tx.entry.delete({ where: { id: entry.id } });
    await applyEntryChange(tx, userId, entry.localDate, null);
    await recordActivity(access, "deleted", "entry", entry.id, tx);
    return keys;
  });
  if (keys === null) return false;
  // Files go after the commit: a failed delete leaves an unreferenced file, never a broken entry.
  await removeStoredPhotos(keys);
  return true;
}
