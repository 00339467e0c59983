"use server";

import { publicAction, userAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { setOpenJournal } from "@/lib/journals/current-journal";
import { acceptInvitation } from "@/lib/journals/membership";
import { invitationTokenSchema, takeOverSchema } from "@/lib/journals/schemas";
import { takeOverJournal } from "@/lib/journals/held-journals";
import { assertTokenGuessesLeft, countTokenMiss } from "@/lib/rate-limit/token-guesses";

const GONE = "This invitation no longer works. Please ask for a new one.";

/** Accepts an invitation as the signed-in person and opens that journal. */
export const acceptInvitationAction = userAction(invitationTokenSchema, async (user, { token }) => {
  await assertTokenGuessesLeft();
  const accepted = await acceptInvitation(user, token);
  if (!accepted) {
    await countTokenMiss();
    throw new AppError(GONE, { status: 404 });
  }
  await setOpenJournal(accepted.journalId, user.id);
});

/** The person a journal was kept for takes it over with a password of their own, then signs in. */
export const takeOverJournalAction = publicAction(takeOverSchema, async ({ token, password }) => {
  await assertTokenGuessesLeft();
  const taken = await takeOverJournal(token, password);
  if (!taken) {
    await countTokenMiss();
    throw new AppError(GONE, { status: 404 });
  }
  return taken;
});
