"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { deleteHeldJournal } from "@/lib/account/delete-account";
import { resolveJournalAccess } from "@/lib/journals/access";
import { setOpenJournal } from "@/lib/journals/current-journal";
import { createHeldJournal } from "@/lib/journals/held-journals";
import { changeCarerRole, inviteCarer, inviteToTakeOver, leaveJournal, removeCarer, revokeInvitation } from "@/lib/journals/membership";
import { ownerAccess } from "@/lib/journals/policy";
import { changeRoleSchema, handOverSchema, heldJournalSchema, invitationIdSchema, inviteCarerSchema, journalIdSchema, memberIdSchema } from "@/lib/journals/schemas";

// Settings → People who help: always the signed-in person's own journal, whichever is open.

export const inviteCarerAction = userAction(inviteCarerSchema, async (user, input) => {
  await inviteCarer(ownerAccess(user.id), input);
  revalidatePath("/settings");
});

export const changeCarerRoleAction = userAction(changeRoleSchema, async (user, { memberId, role }) => {
  if (!(await changeCarerRole(ownerAccess(user.id), memberId, role))) throw AppError.notFound();
  revalidatePath("/settings");
});

export const removeCarerAction = userAction(memberIdSchema, async (user, { memberId }) => {
  if (!(await removeCarer(ownerAccess(user.id), memberId))) throw AppError.notFound();
  revalidatePath("/settings");
});

export const revokeInvitationAction = userAction(invitationIdSchema, async (user, { invitationId }) => {
  if (!(await revokeInvitation(ownerAccess(user.id), invitationId))) throw AppError.notFound();
  revalidatePath("/settings");
});

/** I stop helping with someone's journal. */
export const leaveJournalAction = userAction(journalIdSchema, async (user, { journalId }) => {
  if (!(await leaveJournal(user, journalId))) throw AppError.notFound();
  revalidatePath("/settings");
});

/** Starts a journal for someone without an account, kept by me; the page opens it next. */
export const startHeldJournalAction = userAction(heldJournalSchema, async (user, { name }) => {
  const journal = await createHeldJournal(user, name);
  revalidatePath("/settings");
  return journal;
});

/** The journal I keep for someone: only its holder may hand it over or delete it. */
async function heldAccess(user: { id: string; name: string; timeZone: string; locale: string; createdAt: Date }, journalId: string) {
  const resolved = await resolveJournalAccess(user, journalId);
  if (resolved?.access.role !== "HOLDER") throw AppError.notFound();
  return resolved.access;
}

export const handOverJournalAction = userAction(journalIdSchema.extend(handOverSchema.shape), async (user, { journalId, email }) => {
  await inviteToTakeOver(await heldAccess(user, journalId), email);
});

export const deleteHeldJournalAction = userAction(journalIdSchema, async (user, { journalId }) => {
  await deleteHeldJournal(await heldAccess(user, journalId));
  await setOpenJournal(user.id, user.id);
  revalidatePath("/settings");
});
