import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getCurrentUser, requireUser, type CurrentUser } from "../auth/current-user";
import { serverEnv } from "../env";
import { resolveJournalAccess, type ResolvedJournal } from "./access";
import { recordView, type ActivitySubject } from "./activity";
import { JOURNAL_HEADER } from "./journal-header";
import { can, type JournalAction } from "./policy";

// The open journal: a cookie holds the id of the journal a person chose in the header's switcher.
// It is only a preference: every request checks it against the person's memberships again
// (resolveJournalAccess), so a removed carer gets "not found" on their very next request.

export const JOURNAL_COOKIE = "footnote-journal";
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export type JournalContext = ResolvedJournal & { user: CurrentUser };

/** The signed-in person and the journal they have open, or null (signed out, or no access any more). */
export const currentJournal = cache(async (): Promise<FoundJournal | null> => {
  const user = await getCurrentUser();
  if (!user) return null;
  const chosen = (await cookies()).get(JOURNAL_COOKIE)?.value;
  return { user, resolved: await resolveJournalAccess(user, chosen) };
});

type FoundJournal = { user: CurrentUser; resolved: ResolvedJournal | null };

/** A journal named by a form or a request (its owner's user id), checked against the person's memberships. */
export async function namedJournal(journalId: string): Promise<FoundJournal | null> {
  const user = await getCurrentUser();
  if (!user) return null;
  const wellFormed = journalId.length > 0 && journalId.length <= 64;
  return { user, resolved: wellFormed ? await resolveJournalAccess(user, journalId) : null };
}

/** For routes: the journal the request names (JOURNAL_HEADER), else the one open in this browser. */
export async function journalOfRequest(request: Request): Promise<FoundJournal | null> {
  const named = request.headers.get(JOURNAL_HEADER);
  return named === null ? currentJournal() : namedJournal(named);
}

/**
 * For pages: the open journal when the person may do `action` to it. Signed out → sign-in; no
 * access (a removed carer) or a role that does not allow it → the same 404 as for nothing. A
 * carer's look at `viewing` goes to the owner's activity list.
 */
export async function requireJournalAccess(action: JournalAction, viewing?: ActivitySubject): Promise<JournalContext> {
  const found = await currentJournal();
  if (!found) await requireUser();
  if (!found?.resolved || !can(found.resolved.access, action)) notFound();
  if (viewing) await recordView(found.resolved.access, viewing);
  return { user: found.user, ...found.resolved };
}

/** Opens a journal in this browser; the caller has checked the person may open it. */
export async function setOpenJournal(journalId: string, ownId: string): Promise<void> {
  const jar = await cookies();
  if (journalId === ownId) {
    jar.delete(JOURNAL_COOKIE);
    return;
  }
  const secure = new URL(serverEnv().NEXTAUTH_URL).protocol === "https:";
  jar.set(JOURNAL_COOKIE, journalId, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: ONE_YEAR_SECONDS });
}
