import { db } from "../db/client";
import { deletePhotosOfEntry, removeStoredPhotos } from "../photos/upload-photo";
import { applyEntryChange } from "../trends/daily-summary";

/** Deletes one of the user's entries, its observations and photos; false when it is not theirs. */
export async function deleteEntry(userId: string, entryId: string): Promise<boolean> {
  const keys = await db().$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({ where: { id: entryId, userId }, select: { id: true, localDate: true } });
    if (!entry) return null;
    const keys = await deletePhotosOfEntry(tx, userId, entryId);
    await tx.entry.delete({ where: { id: entry.id } });
    await applyEntryChange(tx, userId, entry.localDate, null);
    return keys;
  });
  if (keys === null) return false;
  // Files go after the commit: a failed delete leaves an unreferenced file, never a broken entry.
  await removeStoredPhotos(keys);
  return true;
}
