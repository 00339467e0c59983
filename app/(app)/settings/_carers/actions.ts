"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { changeCarerRole, inviteCarer, leaveJournal, removeCarer, revokeInvitation } from "@/lib/journals/membership";
import { ownerAccess } from "@/lib/journals/policy";
import { changeRoleSchema, invitationIdSchema, inviteCarerSchema, journalIdSchema, memberIdSchema } from "@/lib/journals/schemas";

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
