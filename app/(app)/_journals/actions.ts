"use server";

import { userAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { resolveJournalAccess } from "@/lib/journals/access";
import { setOpenJournal } from "@/lib/journals/current-journal";
import { openJournalSchema } from "@/lib/journals/schemas";

/** Opens one of my journals (my own, or one I help with) in this browser. */
export const openJournalAction = userAction(openJournalSchema, async (user, { journalId }) => {
  if (!(await resolveJournalAccess(user, journalId))) throw AppError.notFound();
  await setOpenJournal(journalId, user.id);
});
