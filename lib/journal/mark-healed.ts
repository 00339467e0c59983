import { AppError } from "../app-error";
import { db } from "../db/client";
import { recordActivity } from "../journals/activity";
import { assertCan, type JournalAccess } from "../journals/policy";
import type { HealedInput } from "./schemas";

// "Healed": the person says something they noted is over, so guidance about it stops everywhere
// (docs/decisions/0049). The mark records when and by whom — the person now, someone helping them
// later — and can be taken back.

/** Another user's ids are "not found", like ids that do not exist; marking twice is not an error. */
async function assertOwned(userId: string, observationIds: string[]) {
  const owned = await db().observation.count({ where: { userId, id: { in: observationIds } } });
  if (owned < new Set(observationIds).size) throw AppError.notFound();
}

/** Marks the journal's observations healed, by the one acting; returns how many were not already. */
export async function markHealed(access: JournalAccess, input: HealedInput, now = new Date()): Promise<number> {
  assertCan(access, "record");
  const userId = access.journalId;
  await assertOwned(userId, input.observationIds);
  const { count } = await db().observation.updateMany({
    where: { userId, id: { in: input.observationIds }, healedAt: null },
    data: { healedAt: now, healedById: access.actorId },
  });
  if (count > 0) await recordActivity(access, "marked healed", "observation");
  return count;
}

/** Takes the marks back: the observations count again (within their active days). */
export async function unmarkHealed(access: JournalAccess, input: HealedInput): Promise<number> {
  assertCan(access, "record");
  const userId = access.journalId;
  await assertOwned(userId, input.observationIds);
  const { count } = await db().observation.updateMany({
    where: { userId, id: { in: input.observationIds }, healedAt: { not: null } },
    data: { healedAt: null, healedById: null },
  });
  if (count > 0) await recordActivity(access, "unmarked healed", "observation");
  return count;
}
