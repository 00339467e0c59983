import { db } from "../db/client";
import type { JournalAccess, JournalRole } from "./policy";

/**
 * The journal a request works on: whose it is (for names), its owner's zone (its days) and when it
 * began; dates are written in the reader's locale.
 */
export type OpenJournal = { id: string; name: string; timeZone: string; locale: string; createdAt: Date; held: boolean };

type Actor = { id: string; name: string; timeZone: string; locale: string; createdAt: Date };

export type ResolvedJournal = { access: JournalAccess; journal: OpenJournal };

/**
 * The access a signed-in person has to a journal (its owner's id), looked up on every request so a
 * removed carer loses it on their next one; null when they have none. No journal id (or their own)
 * is their own journal.
 */
export async function resolveJournalAccess(actor: Actor, journalId: string | null | undefined): Promise<ResolvedJournal | null> {
  if (!journalId || journalId === actor.id) {
    const { id, name, timeZone, locale, createdAt } = actor;
    return { access: { actorId: id, journalId: id, role: "OWNER" }, journal: { id, name, timeZone, locale, createdAt, held: false } };
  }
  const membership = await db().journalMember.findUnique({
    where: { userId_memberId: { userId: journalId, memberId: actor.id } },
    select: { role: true, owner: { select: { id: true, name: true, timeZone: true, createdAt: true, heldById: true } } },
  });
  if (!membership) return null;
  const { owner } = membership;
  const holds = owner.heldById === actor.id;
  return {
    access: { actorId: actor.id, journalId: owner.id, role: holds ? "HOLDER" : membership.role },
    journal: { id: owner.id, name: owner.name, timeZone: owner.timeZone, locale: actor.locale, createdAt: owner.createdAt, held: owner.heldById !== null },
  };
}

export type JournalChoice = { id: string; name: string; role: JournalRole | "OWNER" | "HOLDER" };

/** The switcher's list: my own journal, then the journals I look after, by name. */
export async function journalsOf(actor: { id: string; name: string }): Promise<JournalChoice[]> {
  const own: JournalChoice = { id: actor.id, name: actor.name, role: "OWNER" };
  // Every signed-in page asks, and most people look after nobody: the owners are read only when
  // there are some (as a relation, Prisma would send a second query either way).
  const memberships = await db().journalMember.findMany({ where: { memberId: actor.id }, select: { role: true, userId: true } });
  if (memberships.length === 0) return [own];
  const owners = await db().user.findMany({
    where: { id: { in: memberships.map((membership) => membership.userId) } },
    select: { id: true, name: true, heldById: true },
    orderBy: { name: "asc" },
  });
  const roles = new Map(memberships.map((membership) => [membership.userId, membership.role]));
  return [own, ...owners.map((owner) => ({ id: owner.id, name: owner.name, role: owner.heldById === actor.id ? ("HOLDER" as const) : roles.get(owner.id)! }))];
}
