import { AppError } from "../app-error";

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

export const ROLE_LABELS: Record<JournalRole, { name: string; allows: string }> = {
  SEE: { name: "See", allows: "see the journal, trends and report" },
  RECORD: { name: "Record", allows: "also add and edit checks and photos, and mark things healed" },
  REMINDERS: { name: "Help with reminders", allows: "also manage reminders and appointments" },
};

/** Why a write was refused, in words for the carer (their form input stays). */
export function refusalMessage(action: JournalAction, journalName: string): string {
  if (action === "manage-reminders") return `You can't change ${journalName}'s reminders or appointments. Ask them to let you help with reminders.`;
  if (action === "record") return `You can see ${journalName}'s journal but not change it any more. Ask them to let you record.`;
  return `Only ${journalName} can do this.`;
}

/** Services check again what their callers checked: a write never reaches the database unallowed. */
export function assertCan(access: JournalAccess, action: JournalAction): void {
  if (!can(access, action)) throw new AppError("You may not do this in this journal.", { status: 403 });
}
