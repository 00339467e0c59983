import { db, type Tx } from "../db/client";
import { isCarer, type JournalAccess } from "./policy";

// The owner's activity list: what carers and share links viewed or changed in their journal
// (docs/decisions/0061). Append-only in the database; kept ACTIVITY_RETENTION_DAYS, then purged.

export const ACTIVITY_RETENTION_DAYS = 730;

export type ActivityVerb = "accepted" | "viewed" | "created" | "changed" | "deleted" | "opened" | "marked healed" | "unmarked healed";
export type ActivitySubject = "journal" | "trends" | "entry" | "photo" | "observation" | "reminder" | "appointment" | "report" | "question" | "share link" | "invitation";

/** Notes what a carer did in someone's journal; the owner's own doings are not listed. */
export async function recordActivity(access: JournalAccess, verb: ActivityVerb, subject: ActivitySubject, subjectId?: string, tx?: Tx): Promise<void> {
  if (!isCarer(access)) return;
  await (tx ?? db()).journalActivity.create({ data: { userId: access.journalId, actorId: access.actorId, action: verb, subject, subjectId: subjectId ?? null } });
}

const VIEW_RESOLUTION_MS = 60 * 60 * 1000;

/** Notes that a carer looked at part of the journal, once an hour per part, so reading does not flood the list. */
export async function recordView(access: JournalAccess, subject: ActivitySubject, now = new Date()): Promise<void> {
  if (!isCarer(access)) return;
  const recent = await db().journalActivity.count({
    where: { userId: access.journalId, actorId: access.actorId, action: "viewed", subject, createdAt: { gt: new Date(now.getTime() - VIEW_RESOLUTION_MS) } },
  });
  if (recent === 0) await recordActivity(access, "viewed", subject);
}

/** Notes that a clinician opened a share link. */
export async function recordShareLinkView(journalId: string, shareLinkId: string): Promise<void> {
  await db().journalActivity.create({ data: { userId: journalId, shareLinkId, action: "opened", subject: "report" } });
}

/** `actor` says who `who` is: a named person, a share link or a former carer (the page says the last two in the reader's language). */
export type ActivityLine = { id: string; at: Date; actor: "person" | "shareLink" | "formerCarer"; who: string; action: ActivityVerb; subject: ActivitySubject };

/** The owner's list, newest first (`take` lines, or all for the data download); a carer whose account is gone is "a former carer". */
export async function listActivity(journalId: string, take: number | null = 100): Promise<ActivityLine[]> {
  const rows = await db().journalActivity.findMany({ where: { userId: journalId }, orderBy: { createdAt: "desc" }, ...(take === null ? {} : { take }) });
  const names = await actorNames([...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))]);
  return rows.map((row) => ({
    id: row.id,
    at: row.createdAt,
    actor: row.shareLinkId ? ("shareLink" as const) : names.has(row.actorId ?? "") ? ("person" as const) : ("formerCarer" as const),
    who: row.shareLinkId ? "A share link" : (names.get(row.actorId ?? "") ?? "A former carer"),
    action: row.action as ActivityVerb,
    subject: row.subject as ActivitySubject,
  }));
}

/** Display names of people by id; ids of deleted accounts are absent. */
export async function actorNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const users = await db().user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  return new Map(users.map((user) => [user.id, user.name]));
}

/** Deletes lines older than the retention period; the only deletion the trigger allows. */
export async function purgeOldActivity(now = new Date()): Promise<number> {
  const before = new Date(now.getTime() - ACTIVITY_RETENTION_DAYS * 86_400_000);
  return db().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('footnote.activity_purge', 'on', true)`;
    const { count } = await tx.journalActivity.deleteMany({ where: { createdAt: { lt: before } } });
    return count;
  });
}
