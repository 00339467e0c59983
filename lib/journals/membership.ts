import { messageKey } from "../i18n/message-key";
import { randomBytes } from "node:crypto";
import { AppError } from "../app-error";
import { hashToken } from "../auth/single-use-tokens";
import { db } from "../db/client";
import { serverEnv } from "../env";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { consumeLimits } from "../rate-limit/limits";
import { recordActivity } from "./activity";
import { accessRemovedEmail, carerLeftEmail, handoverEmail, invitationEmail } from "./emails";
import { assertCan, type JournalAccess, type JournalRole } from "./policy";
import type { InviteCarerInput } from "./schemas";

// Who helps with a journal: invitations by email (single use, 7 days, only a hash stored, limited
// per inviter), carers and their roles, removal that takes effect on the carer's next request.

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Carers and pending invitations a journal may have at once. */
export const MAX_CARERS = 20;

const invitationUrl = (token: string) => `${serverEnv().NEXTAUTH_URL}/invitations/${token}`;

async function sendQuietly(to: string, mail: { subject: string; text: string; html: string }) {
  // A change of access stands even when its notice cannot be sent; the failure is logged.
  await sendMail({ to, ...mail }).catch((error: unknown) => logger.error({ err: error }, "could not send a journal membership email"));
}

/** Invites someone by email to help with the journal (owner, or the holder of a journal kept for someone). */
export async function inviteCarer(access: JournalAccess, input: InviteCarerInput, now = new Date()): Promise<void> {
  assertCan(access, "owner-settings");
  await consumeLimits(["invite:user", access.actorId]);
  const [journal, inviter, existing, open] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: access.journalId }, select: { name: true, email: true } }),
    db().user.findUniqueOrThrow({ where: { id: access.actorId }, select: { name: true, email: true, locale: true } }),
    db().journalMember.findFirst({ where: { userId: access.journalId, member: { email: input.email } }, select: { id: true } }),
    db().journalMember.count({ where: { userId: access.journalId } }),
  ]);
  if (input.email === journal.email || input.email === inviter.email) throw new AppError(messageKey("inviteOwnAddress"), { field: "email" });
  if (existing) throw new AppError(messageKey("alreadyHelps", { email: input.email }), { field: "email" });
  if (open >= MAX_CARERS) throw new AppError(messageKey("tooManyCarers", { max: MAX_CARERS }));

  const token = randomBytes(32).toString("base64url");
  await db().$transaction(async (tx) => {
    // One open invitation per address: inviting again replaces the older link.
    await tx.journalInvitation.updateMany({ where: { userId: access.journalId, email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.journalInvitation.create({
      data: { userId: access.journalId, email: input.email, role: input.role, tokenHash: hashToken(token), invitedById: access.actorId, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
    });
  });
  // Someone with an account reads it in their language; someone new, in the inviter's.
  const invitee = await db().user.findUnique({ where: { email: input.email }, select: { locale: true } });
  await sendMail({
    to: input.email,
    ...invitationEmail(
      { inviterName: inviter.name, journalName: journal.name, ownJournal: access.journalId === access.actorId, role: input.role, url: invitationUrl(token) },
      invitee?.locale ?? inviter.locale,
    ),
  });
}

/** Hands a journal kept for someone without an account to them by email; they become its owner. */
export async function inviteToTakeOver(access: JournalAccess, email: string, now = new Date()): Promise<void> {
  if (access.role !== "HOLDER") throw AppError.notFound();
  await consumeLimits(["invite:user", access.actorId]);
  const [journal, holder, taken] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: access.journalId }, select: { name: true, locale: true } }),
    db().user.findUniqueOrThrow({ where: { id: access.actorId }, select: { name: true } }),
    db().user.findUnique({ where: { email }, select: { id: true } }),
  ]);
  if (taken) {
    throw new AppError(messageKey("handOverTaken"), { field: "email" });
  }
  const token = randomBytes(32).toString("base64url");
  await db().$transaction(async (tx) => {
    await tx.journalInvitation.updateMany({ where: { userId: access.journalId, handover: true, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.journalInvitation.create({
      data: { userId: access.journalId, email, role: "REMINDERS", handover: true, tokenHash: hashToken(token), invitedById: access.actorId, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) },
    });
  });
  await sendMail({ to: email, ...handoverEmail({ holderName: holder.name, journalName: journal.name, url: invitationUrl(token) }, journal.locale) });
}

export type InvitationView = { email: string; role: JournalRole; handover: boolean; journalId: string; journalName: string; inviterName: string };

/** An invitation that can still be accepted, or null (unknown, used, withdrawn, expired). */
export async function findInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  const found = await db().journalInvitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { email: true, role: true, handover: true, invitedById: true, owner: { select: { id: true, name: true } } },
  });
  if (!found) return null;
  const inviter = found.invitedById ? await db().user.findUnique({ where: { id: found.invitedById }, select: { name: true } }) : null;
  return { email: found.email, role: found.role, handover: found.handover, journalId: found.owner.id, journalName: found.owner.name, inviterName: inviter?.name ?? found.owner.name };
}

/**
 * Accepts an invitation as the signed-in person, whose address must be the one invited (the link is
 * a key, and forwarded keys should not open health data). Returns the journal's id, or null when
 * the link no longer works.
 */
export async function acceptInvitation(actor: { id: string; email: string }, token: string, now = new Date()): Promise<{ journalId: string } | null> {
  return db().$transaction(async (tx) => {
    const invitation = await tx.journalInvitation.findFirst({ where: { tokenHash: hashToken(token), handover: false, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } });
    if (!invitation) return null;
    if (invitation.email !== actor.email) throw new AppError(messageKey("invitationForAnother", { email: invitation.email }), { status: 403 });
    if (invitation.userId === actor.id) throw new AppError(messageKey("ownJournal"), { status: 409 });
    // The guard on acceptedAt makes two clicks on one link count once.
    const { count } = await tx.journalInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now, acceptedById: actor.id } });
    if (count !== 1) return null;
    await tx.journalMember.upsert({
      where: { userId_memberId: { userId: invitation.userId, memberId: actor.id } },
      create: { userId: invitation.userId, memberId: actor.id, role: invitation.role, invitedById: invitation.invitedById },
      update: { role: invitation.role },
    });
    await recordActivity({ actorId: actor.id, journalId: invitation.userId, role: invitation.role }, "accepted", "invitation", invitation.id, tx);
    return { journalId: invitation.userId };
  });
}

export type CarerView = { memberId: string; name: string; email: string; role: JournalRole; since: Date };
export type PendingInvitation = { id: string; email: string; role: JournalRole; expiresAt: Date };

/** The journal's carers and its invitations still open, for the owner's Settings. */
export async function listCarers(journalId: string, now = new Date()): Promise<{ carers: CarerView[]; pending: PendingInvitation[] }> {
  const [members, invitations] = await Promise.all([
    db().journalMember.findMany({ where: { userId: journalId }, orderBy: { createdAt: "asc" }, select: { memberId: true, role: true, createdAt: true, member: { select: { name: true, email: true } } } }),
    db().journalInvitation.findMany({
      where: { userId: journalId, handover: false, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, expiresAt: true },
    }),
  ]);
  return {
    carers: members.map((member) => ({ memberId: member.memberId, name: member.member.name, email: member.member.email, role: member.role, since: member.createdAt })),
    pending: invitations,
  };
}

/** Changes what a carer may do; it holds from their next request. */
export async function changeCarerRole(access: JournalAccess, memberId: string, role: JournalRole): Promise<boolean> {
  assertCan(access, "owner-settings");
  // The holder of a journal kept for someone is its member too; their access is not changed here.
  if (memberId === access.actorId) return false;
  const { count } = await db().journalMember.updateMany({ where: { userId: access.journalId, memberId }, data: { role } });
  if (count > 0 && role !== "REMINDERS") {
    // Reminders the carer set about the person stop with the role that allowed them.
    await db().reminder.deleteMany({ where: { userId: access.journalId, recipientId: memberId } });
  }
  return count > 0;
}

/** Ends a carer's access at once (their next request is refused) and tells them. */
export async function removeCarer(access: JournalAccess, memberId: string): Promise<boolean> {
  assertCan(access, "owner-settings");
  if (memberId === access.actorId) return false;
  const removed = await db().$transaction(async (tx) => {
    const { count } = await tx.journalMember.deleteMany({ where: { userId: access.journalId, memberId } });
    if (count === 0) return false;
    await tx.reminder.deleteMany({ where: { userId: access.journalId, recipientId: memberId } });
    return true;
  });
  if (!removed) return false;
  const [journal, carer] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: access.journalId }, select: { name: true } }),
    db().user.findUnique({ where: { id: memberId }, select: { name: true, email: true, locale: true } }),
  ]);
  if (carer) await sendQuietly(carer.email, accessRemovedEmail({ carerName: carer.name, journalName: journal.name }, carer.locale));
  return true;
}

/** Withdraws an invitation not yet accepted; its link stops working. */
export async function revokeInvitation(access: JournalAccess, invitationId: string, now = new Date()): Promise<boolean> {
  assertCan(access, "owner-settings");
  const { count } = await db().journalInvitation.updateMany({ where: { id: invitationId, userId: access.journalId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  return count > 0;
}

/** A carer stops helping with someone's journal; its owner is told. */
export async function leaveJournal(actor: { id: string; name: string }, journalId: string): Promise<boolean> {
  const removed = await db().$transaction(async (tx) => {
    const held = await tx.user.count({ where: { id: journalId, heldById: actor.id } });
    if (held > 0) throw new AppError(messageKey("leaveHeldJournal"), { status: 409 });
    const { count } = await tx.journalMember.deleteMany({ where: { userId: journalId, memberId: actor.id } });
    if (count === 0) return false;
    await tx.reminder.deleteMany({ where: { userId: journalId, recipientId: actor.id } });
    return true;
  });
  if (!removed) return false;
  const owner = await db().user.findUnique({ where: { id: journalId }, select: { name: true, email: true, locale: true, heldById: true } });
  if (owner && !owner.heldById) await sendQuietly(owner.email, carerLeftEmail({ ownerName: owner.name, carerName: actor.name, deleted: false }, owner.locale));
  return true;
}
