import { messageKey } from "../i18n/message-key";
import { randomUUID } from "node:crypto";
import { AppError } from "../app-error";
import { hashPassword } from "../auth/password";
import { hashToken } from "../auth/single-use-tokens";
import { db } from "../db/client";

// A journal kept for someone without an account (docs/decisions/0060): a User row that cannot sign
// in (no password, an address under .invalid that no mail reaches), held by the carer who made it,
// who is also its member with every reminder right. Handing it over by email makes that very row
// the person's account: they choose a password, the row takes their address, the carer stays.

export const MAX_HELD_JOURNALS = 10;
const PLACEHOLDER_DOMAIN = "accountless.footnote.invalid";

export const isPlaceholderAddress = (email: string) => email.endsWith(`@${PLACEHOLDER_DOMAIN}`);

/** Starts a journal for someone who will not sign in; the carer holds it. */
export async function createHeldJournal(holder: { id: string; timeZone: string; locale: string }, name: string): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    if ((await tx.user.count({ where: { heldById: holder.id } })) >= MAX_HELD_JOURNALS) {
      throw new AppError(messageKey("tooManyHeldJournals", { max: MAX_HELD_JOURNALS }), { field: "name" });
    }
    const journal = await tx.user.create({
      data: { name, email: `held-${randomUUID()}@${PLACEHOLDER_DOMAIN}`, timeZone: holder.timeZone, locale: holder.locale, heldById: holder.id, setupDoneAt: new Date() },
      select: { id: true },
    });
    await tx.journalMember.create({ data: { userId: journal.id, memberId: holder.id, role: "REMINDERS", invitedById: holder.id } });
    return journal;
  });
}

/** The journals a carer holds, for Settings and the account-deletion warning. */
export function heldJournals(holderId: string) {
  return db().user.findMany({ where: { heldById: holderId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * The person takes over the journal kept for them, with the emailed link and a password of their
 * own: the row gets their address and can sign in; the carer keeps helping. Null when the link no
 * longer works. An address that has an account meanwhile is refused (a journal is one account).
 */
export async function takeOverJournal(token: string, password: string, now = new Date()): Promise<{ email: string } | null> {
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    const invitation = await tx.journalInvitation.findFirst({ where: { tokenHash: hashToken(token), handover: true, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } } });
    if (!invitation) return null;
    const journal = await tx.user.findUnique({ where: { id: invitation.userId }, select: { heldById: true } });
    if (!journal?.heldById) return null;
    if (await tx.user.count({ where: { email: invitation.email } })) {
      throw new AppError(messageKey("takeOverTaken"), { status: 409 });
    }
    const { count } = await tx.journalInvitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now, acceptedById: invitation.userId } });
    if (count !== 1) return null;
    await tx.user.update({ where: { id: invitation.userId }, data: { email: invitation.email, passwordHash, emailVerified: now, heldById: null } });
    return { email: invitation.email };
  });
}
