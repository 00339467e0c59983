import { AppError } from "../app-error";
import { messageKey } from "../i18n/message-key";

// The one authorisation rule (docs/decisions/0058): may this person do this to this journal?
// A journal is its owner's user id. The owner may do everything; a carer what their role allows;
// the carer who holds a journal for someone without an account (HOLDER) stands in for its owner,
// except for the sign-in surfaces such a journal does not have.

export type JournalRole = "SEE" | "RECORD" | "REMINDERS";
export type AccessRole = "OWNER" | "HOLDER" | JournalRole;

export const JOURNAL_ACTIONS = [
  /** The journal, Today, trends, photos, the report and its PDF, CSV and FHIR exports. */
  "read",
  /** Entries, photos, "healed", questions for the doctor. */
  "record",
  /** Reminders about the person and appointments. */
  "manage-reminders",
  /** The person's own settings: health profile, carers, share links, activity, data download. */
  "owner-settings",
] as const;
export type JournalAction = (typeof JOURNAL_ACTIONS)[number];

/** Who is acting, on whose journal (its owner's user id), with what role; resolved per request. */
export type JournalAccess = { actorId: string; journalId: string; role: AccessRole };

const ALLOWED: Record<AccessRole, readonly JournalAction[]> = {
  OWNER: JOURNAL_ACTIONS,
  HOLDER: JOURNAL_ACTIONS,
  REMINDERS: ["read", "record", "manage-reminders"],
  RECORD: ["read", "record"],
  SEE: ["read"],
};

export function can(access: Pick<JournalAccess, "role">, action: JournalAction): boolean {
  return ALLOWED[access.role].includes(action);
}

/** The owner's own access to their journal. */
export const ownerAccess = (userId: string): JournalAccess => ({ actorId: userId, journalId: userId, role: "OWNER" });

/** Acting for someone else: what they do is shown to the owner as a carer's. */
export const isCarer = (access: JournalAccess) => access.actorId !== access.journalId;

/** Why a write was refused, in words for the carer (their form input stays). */
export function refusalMessage(action: JournalAction, journalName: string): string {
  if (action === "manage-reminders") return messageKey("refusedReminders", { name: journalName });
  if (action === "record") return messageKey("refusedRecording", { name: journalName });
  return messageKey("refusedOwnerOnly", { name: journalName });
}

/** Services check again what their callers checked: a write never reaches the database unallowed. */
export function assertCan(access: JournalAccess, action: JournalAction): void {
  if (!can(access, action)) throw new AppError(messageKey("notAllowedInJournal"), { status: 403 });
}
