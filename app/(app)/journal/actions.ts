"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { AppError, parseOrThrow } from "@/lib/app-error";
import { createEntry } from "@/lib/journal/create-entry";
import { deleteEntry } from "@/lib/journal/delete-entry";
import { entryTimeZone } from "@/lib/journal/queries";
import { markHealed, unmarkHealed } from "@/lib/journal/mark-healed";
import { healedSchema, makeEntrySchema } from "@/lib/journal/schemas";
import { updateEntry } from "@/lib/journal/update-entry";

export const createEntryAction = userAction(
  (user) => makeEntrySchema({ timeZone: user.timeZone }),
  async (user, input) => {
    const entry = await createEntry(user.id, user.timeZone, input);
    revalidatePath("/journal");
    return entry;
  },
);

const entryIdSchema = z.string().min(1).max(64);

// An entry is edited in the zone it was written in, so editing does not move it to another day.
export const updateEntryAction = userAction(z.object({ entryId: entryIdSchema, values: z.unknown() }), async (user, { entryId, values }) => {
  const timeZone = await entryTimeZone(user.id, entryId);
  if (!timeZone) throw AppError.notFound();
  await updateEntry(user.id, entryId, timeZone, parseOrThrow(makeEntrySchema({ timeZone }), values));
  revalidatePath("/journal");
  return { id: entryId };
});

export const deleteEntryAction = userAction(z.object({ entryId: entryIdSchema }), async (user, { entryId }) => {
  if (!(await deleteEntry(user.id, entryId))) throw AppError.notFound();
  revalidatePath("/journal");
});

export const markHealedAction = userAction(healedSchema, async (user, input) => {
  await markHealed(user.id, user.id, input);
});

export const unmarkHealedAction = userAction(healedSchema, async (user, input) => {
  await unmarkHealed(user.id, input);
});
