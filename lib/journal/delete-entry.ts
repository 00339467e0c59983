import { db } from "../db/client";
import { deletePhotosOfEntry, removeStoredPhotos } from "../photos/upload-photo";

/** Deletes one of the user's entries, its observations and photos; false when it is not theirs. */
export async function deleteEntry(userId: string, entryId: string): Promise<boolean> {
  const keys = await db().$transaction(async (tx) => {
    const entry = await tx.entry.findFirst({ where: { id: entryId, userId }, select: { id: true } });
    if (!entry) return null;
    const keys = await deletePhotosOfEntry(tx, userId, entryId);
    await tx.entry.delete({ where: { id: entry.id } });
    return keys;
  });
  if (keys === null) return false;
  // Files go after the commit: a failed delete leaves an unreferenced file, never a broken entry.
  await removeStoredPhotos(keys);
  return true;
}
