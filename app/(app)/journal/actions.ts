"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { journalAction, namedJournalAction } from "@/lib/actions";
import { AppError, parseOrThrow } from "@/lib/app-error";
import { createEntry } from "@/lib/journal/create-entry";
import { deleteEntry } from "@/lib/journal/delete-entry";
import { entryTimeZone } from "@/lib/journal/queries";
import { markHealed, unmarkHealed } from "@/lib/journal/mark-healed";
import { healedSchema, makeEntrySchema } from "@/lib/journal/schemas";
import { updateEntry } from "@/lib/journal/update-entry";

// A new check goes to the journal its form was opened in ({ journalId, values }).
export const createEntryAction = namedJournalAction(
  "record",
  ({ journal }) => makeEntrySchema({ timeZone: journal.timeZone }),
  async ({ access, journal }, input) => {
    const entry = await createEntry(access, journal.timeZone, input);
    revalidatePath("/journal");
    return entry;
  },
);

const entryIdSchema = z.string().min(1).max(64);

// An entry is edited in the zone it was written in, so editing does not move it to another day.
export const updateEntryAction = journalAction("record", z.object({ entryId: entryIdSchema, values: z.unknown() }), async ({ access }, { entryId, values }) => {
  const timeZone = await entryTimeZone(access.journalId, entryId);
  if (!timeZone) throw AppError.notFound();
  await updateEntry(access, entryId, timeZone, parseOrThrow(makeEntrySchema({ timeZone }), values));
  revalidatePath("/journal");
  return { id: entryId };
});

export const deleteEntryAction = journalAction("record", z.object({ entryId: entryIdSchema }), async ({ access }, { entryId }) => {
  if (!(await deleteEntry(access, entryId))) throw AppError.notFound();
  revalidatePath("/journal");
});

export const markHealedAction = journalAction("record", healedSchema, async ({ access }, input) => {
  await markHealed(access, input);
});

export const unmarkHealedAction = journalAction("record", healedSchema, async ({ access }, input) => {
  await unmarkHealed(access, input);
});
