import { actorNames } from "./activity";

// "Recorded by Sam": who made something in a journal, said only when it was not the journal's
// owner. A carer whose account is gone is "a former carer" (their ids were set to null, or their
// heal marks name an account that no longer exists).

export const FORMER_CARER = "a former carer";

/** A function giving the name to show for a maker's id, or null when it was the owner. */
export async function attributionFor(journalId: string, makerIds: readonly (string | null)[]): Promise<(makerId: string | null) => string | null> {
  const others = [...new Set(makerIds.filter((id): id is string => id !== null && id !== journalId))];
  const names = await actorNames(others);
  return (makerId) => (makerId === journalId ? null : makerId === null ? FORMER_CARER : (names.get(makerId) ?? FORMER_CARER));
}
