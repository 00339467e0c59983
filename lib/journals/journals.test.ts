import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";

// Membership end to end against the real database and a real SMTP server: invitations (hashed,
// single use, expiring, limited), roles, removal on the next request, the one policy for every
// role and action through the services themselves, attribution and the append-only activity list.
const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
const { db } = await import("../db/client");
const { createTestUser, uniqueEmail } = await import("../testing/factories");
const { hashToken } = await import("../auth/single-use-tokens");
const { resolveJournalAccess, journalsOf } = await import("./access");
const { acceptInvitation, changeCarerRole, findInvitation, inviteCarer, leaveJournal, listCarers, removeCarer, revokeInvitation, INVITATION_TTL_MS } = await import("./membership");
const { listActivity, purgeOldActivity, recordView, ACTIVITY_RETENTION_DAYS } = await import("./activity");
const { can, JOURNAL_ACTIONS, ownerAccess } = await import("./policy");
const { createEntry } = await import("../journal/create-entry");
const { updateEntry } = await import("../journal/update-entry");
const { deleteEntry } = await import("../journal/delete-entry");
const { markHealed } = await import("../journal/mark-healed");
const { makeEntrySchema } = await import("../journal/schemas");
const { createReminder } = await import("../reminders/reminders");
const { createAppointment } = await import("../appointments/appointments");
const { addQuestion } = await import("../report/questions");
const { attributionFor, FORMER_CARER } = await import("./attribution");
const { createHeldJournal, takeOverJournal } = await import("./held-journals");
const { inviteToTakeOver } = await import("./membership");
const { deleteAccount, deleteHeldJournal } = await import("../account/delete-account");
const { verifyPassword } = await import("../auth/password");

afterAll(async () => {
  await smtp.close();
  vi.unstubAllEnvs();
});

const ZONE = "Europe/London";
const entryInput = (notes = "") =>
  makeEntrySchema({ timeZone: ZONE }).parse({ date: "2026-03-01", time: "09:00", pain: "2", careKind: "NONE", observations: [{ foot: "LEFT", region: "HEEL", kind: "REDNESS", pain: "" }], photos: [], notes });
const reminderInput = { kind: "SELF_CHECK" as const, title: "", frequency: "DAILY" as const, weekdays: [], intervalDays: null, dayOfMonth: null, localTime: "19:00", timeZone: "Asia/Tokyo", startDate: "2026-01-01", endDate: null };
const appointmentInput = { clinician: "Podiatrist", place: "", reason: "", date: "2099-01-01", time: "10:00", timeZone: ZONE, remindBefore: [], customHoursBefore: null };

/** Invites `carer` to `owner`'s journal and returns the token from the email that really arrived. */
async function invite(owner: { id: string }, carer: { email: string }, role: "SEE" | "RECORD" | "REMINDERS") {
  const before = smtp.messages.length;
  await inviteCarer(ownerAccess(owner.id), { email: carer.email, role });
  const [mail] = (await smtp.waitForMessages(before + 1)).slice(before);
  const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail!.text ?? "")?.[1];
  if (!token) throw new Error("no invitation link in the email");
  return { token, mail: mail! };
}

async function carerOf(owner: { id: string }, role: "SEE" | "RECORD" | "REMINDERS") {
  const carer = await createTestUser({ name: `Carer ${role}` });
  const { token } = await invite(owner, carer, role);
  expect(await acceptInvitation(carer, token)).toEqual({ journalId: owner.id });
  return carer;
}

describe("invitations", () => {
  it("emails a single-use link stored only as a hash, which the invited address accepts once", async () => {
    const owner = await createTestUser({ name: "Mum" });
    const carer = await createTestUser({ name: "Sam" });
    const { token, mail } = await invite(owner, carer, "RECORD");
    expect(mail.to).toMatchObject({ text: carer.email });
    expect(mail.subject).toContain("Mum");
    const row = await db().journalInvitation.findFirstOrThrow({ where: { userId: owner.id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(INVITATION_TTL_MS - 5000);
    expect(await findInvitation(token)).toMatchObject({ journalName: "Mum", inviterName: "Mum", role: "RECORD", email: carer.email });

    const stranger = await createTestUser();
    await expect(acceptInvitation(stranger, token)).rejects.toMatchObject({ status: 403 });
    expect(await acceptInvitation(carer, token)).toEqual({ journalId: owner.id });
    expect(await acceptInvitation(carer, token)).toBeNull();
    expect(await findInvitation(token)).toBeNull();
    expect((await resolveJournalAccess(carer, owner.id))?.access).toEqual({ actorId: carer.id, journalId: owner.id, role: "RECORD" });
    expect(await resolveJournalAccess(stranger, owner.id)).toBeNull();
    expect((await journalsOf(carer)).map((journal) => [journal.name, journal.role])).toEqual([
      ["Sam", "OWNER"],
      ["Mum", "RECORD"],
    ]);
  });

  it("stops working when expired, withdrawn or replaced, and refuses addresses of the journal itself", async () => {
    const owner = await createTestUser();
    const carer = await createTestUser();
    const first = await invite(owner, carer, "SEE");
    const second = await invite(owner, carer, "RECORD");
    expect(await findInvitation(first.token)).toBeNull();
    expect(await acceptInvitation(carer, first.token)).toBeNull();
    expect(await acceptInvitation(carer, second.token, new Date(Date.now() + INVITATION_TTL_MS + 60_000))).toBeNull();
    const { pending } = await listCarers(owner.id);
    expect(pending).toHaveLength(1);
    expect(await revokeInvitation(ownerAccess(owner.id), pending[0]!.id)).toBe(true);
    expect(await acceptInvitation(carer, second.token)).toBeNull();
    await expect(inviteCarer(ownerAccess(owner.id), { email: owner.email, role: "SEE" })).rejects.toMatchObject({ field: "email" });
  });

  it("is limited per inviting person", async () => {
    const owner = await createTestUser();
    const sends = Array.from({ length: 6 }, () => inviteCarer(ownerAccess(owner.id), { email: uniqueEmail("invitee"), role: "SEE" }).then(() => "sent", (error: { status?: number }) => error.status));
    expect((await Promise.all(sends)).filter((result) => result === 429)).not.toHaveLength(0);
  });
});

describe("the one policy", () => {
  const expected = {
    OWNER: ["read", "record", "manage-reminders", "owner-settings"],
    HOLDER: ["read", "record", "manage-reminders", "owner-settings"],
    REMINDERS: ["read", "record", "manage-reminders"],
    RECORD: ["read", "record"],
    SEE: ["read"],
  } as const;

  it("answers every role and action", () => {
    for (const [role, allowed] of Object.entries(expected)) {
      expect(JOURNAL_ACTIONS.filter((action) => can({ role: role as keyof typeof expected }, action)), role).toEqual(allowed);
    }
  });

  it("holds in the services for every role: writes a role does not allow are refused and change nothing", async () => {
    const owner = await createTestUser({ name: "Mum" });
    const { id: entryId } = await createEntry(ownerAccess(owner.id), ZONE, entryInput());
    // Edits write the entry's observations anew: "healed" looks up the one there now.
    const observationId = async () => (await db().observation.findFirstOrThrow({ where: { entryId } })).id;
    for (const role of ["SEE", "RECORD", "REMINDERS"] as const) {
      const carer = await carerOf(owner, role);
      const access = (await resolveJournalAccess(carer, owner.id))!.access;
      const attempts = {
        record: [
          () => createEntry(access, ZONE, entryInput(role)),
          () => updateEntry(access, entryId, ZONE, entryInput(`edited by ${role}`)),
          async () => markHealed(access, { observationIds: [await observationId()] }),
          () => addQuestion(access, `from ${role}`),
        ],
        "manage-reminders": [() => createReminder(access, reminderInput), () => createAppointment(access, appointmentInput)],
        "owner-settings": [() => inviteCarer(access, { email: uniqueEmail("by-carer"), role: "SEE" }), () => removeCarer(access, carer.id)],
      } as const;
      for (const [action, calls] of Object.entries(attempts)) {
        for (const call of calls) {
          const outcome = await call().then(
            () => "done",
            (error: { status?: number }) => error.status,
          );
          expect(outcome, `${role} ${action}`).toBe(can(access, action as keyof typeof attempts) ? "done" : 403);
        }
      }
    }
    // Only the roles that may record left entries; only the one that may manage reminders left a rule.
    expect(await db().entry.count({ where: { userId: owner.id } })).toBe(3);
    expect(await db().reminder.count({ where: { userId: owner.id } })).toBe(1);
    await expect(deleteEntry(ownerAccess("someone-else"), entryId)).resolves.toBe(false);
  });
});

describe("roles and removal", () => {
  it("takes a role change and a removal on the next request, ends the carer's reminders and tells them", async () => {
    const owner = await createTestUser({ name: "Mum" });
    const carer = await carerOf(owner, "REMINDERS");
    const access = (await resolveJournalAccess(carer, owner.id))!.access;
    const rule = await createReminder(access, reminderInput);
    expect(rule).toMatchObject({ recipientId: carer.id, createdById: carer.id, timeZone: "Asia/Tokyo" });

    expect(await changeCarerRole(ownerAccess(owner.id), carer.id, "SEE")).toBe(true);
    expect((await resolveJournalAccess(carer, owner.id))?.access.role).toBe("SEE");
    expect(await db().reminder.count({ where: { id: rule.id } })).toBe(0);

    const before = smtp.messages.length;
    expect(await removeCarer(ownerAccess(owner.id), carer.id)).toBe(true);
    expect(await resolveJournalAccess(carer, owner.id)).toBeNull();
    const [notice] = (await smtp.waitForMessages(before + 1)).slice(before);
    expect(notice).toMatchObject({ subject: "You no longer help with Mum's Footnote journal" });
    expect(await removeCarer(ownerAccess(owner.id), carer.id)).toBe(false);
    expect((await listCarers(owner.id)).carers).toEqual([]);
  });

  it("lets a carer leave, and tells the owner", async () => {
    const owner = await createTestUser({ name: "Mum" });
    const carer = await carerOf(owner, "SEE");
    const before = smtp.messages.length;
    expect(await leaveJournal(carer, owner.id)).toBe(true);
    const [notice] = (await smtp.waitForMessages(before + 1)).slice(before);
    expect(notice?.to).toMatchObject({ text: owner.email });
    expect(notice?.text).toContain("Carer SEE stopped helping");
    expect(await resolveJournalAccess(carer, owner.id)).toBeNull();
  });
});

describe("who did what", () => {
  it("attributes a carer's check and lists their changes for the owner, append-only", async () => {
    const owner = await createTestUser({ name: "Mum" });
    const carer = await carerOf(owner, "RECORD");
    const access = (await resolveJournalAccess(carer, owner.id))!.access;
    const { id } = await createEntry(access, ZONE, entryInput());
    const own = await createEntry(ownerAccess(owner.id), ZONE, entryInput());
    const entries = await db().entry.findMany({ where: { userId: owner.id }, select: { id: true, createdById: true } });
    const byWhom = await attributionFor(owner.id, entries.map((entry) => entry.createdById));
    expect(byWhom(entries.find((entry) => entry.id === id)!.createdById)).toBe("Carer RECORD");
    expect(byWhom(entries.find((entry) => entry.id === own.id)!.createdById)).toBeNull();

    const lines = await listActivity(owner.id);
    expect(lines.map((line) => [line.who, line.action, line.subject])).toEqual([
      ["Carer RECORD", "created", "entry"],
      ["Carer RECORD", "accepted", "invitation"],
    ]);
    await expect(db().journalActivity.updateMany({ where: { userId: owner.id }, data: { action: "nothing" } })).rejects.toThrow(/append-only/);
    await expect(db().journalActivity.deleteMany({ where: { userId: owner.id } })).rejects.toThrow(/append-only/);

    // Once the carer's account is gone, what they did is "a former carer"'s.
    await db().user.delete({ where: { id: carer.id } });
    const after = await db().entry.findUniqueOrThrow({ where: { id }, select: { createdById: true } });
    expect(after.createdById).toBeNull();
    expect((await attributionFor(owner.id, [null]))(null)).toBe(FORMER_CARER);
    expect((await listActivity(owner.id))[0]?.who).toBe("A former carer");
  });

  it("lists a carer's look at a part of the journal once an hour, and never the owner's", async () => {
    const owner = await createTestUser();
    const carer = await carerOf(owner, "SEE");
    const access = (await resolveJournalAccess(carer, owner.id))!.access;
    const now = new Date();
    await recordView(access, "report", now);
    await recordView(access, "report", new Date(now.getTime() + 10 * 60_000));
    await recordView(ownerAccess(owner.id), "report", now);
    expect((await listActivity(owner.id)).filter((line) => line.action === "viewed").map((line) => [line.who, line.subject])).toEqual([["Carer SEE", "report"]]);
  });

  it("keeps lines for the stated time: the purge removes only older ones, and the owner's deletion takes them all", async () => {
    const owner = await createTestUser();
    await db().journalActivity.create({ data: { userId: owner.id, action: "opened", subject: "report", createdAt: new Date(Date.now() - (ACTIVITY_RETENTION_DAYS + 1) * 86_400_000) } });
    await db().journalActivity.create({ data: { userId: owner.id, action: "opened", subject: "report" } });
    expect(await purgeOldActivity()).toBeGreaterThanOrEqual(1);
    expect(await db().journalActivity.count({ where: { userId: owner.id } })).toBe(1);
    await db().user.delete({ where: { id: owner.id } });
    expect(await db().journalActivity.count({ where: { userId: owner.id } })).toBe(0);
  });
});

describe("a journal for someone without an account", () => {
  it("is kept by the carer, cannot sign in, and is handed over by email: the same row becomes theirs and the carer keeps helping", async () => {
    const sam = await createTestUser({ name: "Sam" });
    const { id } = await createHeldJournal(sam, "Grandad");
    const held = await db().user.findUniqueOrThrow({ where: { id }, select: { email: true, heldById: true, passwordHash: true, emailVerified: true } });
    expect(held).toMatchObject({ heldById: sam.id, passwordHash: null, emailVerified: null });
    expect(held.email).toMatch(/\.invalid$/);
    const access = (await resolveJournalAccess(sam, id))!.access;
    expect(access.role).toBe("HOLDER");
    await createEntry(access, ZONE, entryInput("by Sam"));

    const taken = await createTestUser();
    await expect(inviteToTakeOver(access, taken.email)).rejects.toMatchObject({ field: "email" });
    const email = uniqueEmail("grandad");
    const before = smtp.messages.length;
    await inviteToTakeOver(access, email);
    const [mail] = (await smtp.waitForMessages(before + 1)).slice(before);
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail!.text ?? "")![1]!;
    expect(await takeOverJournal(token, "grandad's own password")).toEqual({ email });
    expect(await takeOverJournal(token, "grandad's own password")).toBeNull();

    const after = await db().user.findUniqueOrThrow({ where: { id }, select: { email: true, heldById: true, passwordHash: true } });
    expect(after).toMatchObject({ email, heldById: null });
    expect(await verifyPassword(after.passwordHash, "grandad's own password")).toBe(true);
    expect(await db().entry.count({ where: { userId: id } })).toBe(1);
    expect((await resolveJournalAccess(sam, id))?.access.role).toBe("REMINDERS");
  });

  it("is deleted with its data by its holder, and with the holder's account", async () => {
    const sam = await createTestUser();
    const first = await createHeldJournal(sam, "Aunt");
    const second = await createHeldJournal(sam, "Uncle");
    const access = (await resolveJournalAccess(sam, first.id))!.access;
    await createEntry(access, ZONE, entryInput());
    const carer = await createTestUser();
    await expect(deleteHeldJournal({ ...access, actorId: carer.id, role: "REMINDERS" })).rejects.toMatchObject({ status: 404 });
    await deleteHeldJournal(access);
    expect(await db().user.count({ where: { id: first.id } })).toBe(0);
    expect(await db().entry.count({ where: { userId: first.id } })).toBe(0);
    await deleteAccount(sam.id);
    expect(await db().user.count({ where: { id: second.id } })).toBe(0);
  });
});

describe("leaving", () => {
  it("deleting a carer keeps what they recorded (a former carer) and tells the owner; deleting the owner tells their carers", async () => {
    const owner = await createTestUser({ name: "Mum" });
    const carer = await carerOf(owner, "RECORD");
    const access = (await resolveJournalAccess(carer, owner.id))!.access;
    const { id } = await createEntry(access, ZONE, entryInput());
    let before = smtp.messages.length;
    await deleteAccount(carer.id);
    const notices = (await smtp.waitForMessages(before + 2)).slice(before);
    expect(notices.find((mail) => (mail.to as { text: string }).text === owner.email)?.text).toContain("a former carer");
    expect((await db().entry.findUniqueOrThrow({ where: { id } })).createdById).toBeNull();

    const second = await carerOf(owner, "SEE");
    before = smtp.messages.length;
    await deleteAccount(owner.id);
    const closing = (await smtp.waitForMessages(before + 2)).slice(before);
    expect(closing.find((mail) => (mail.to as { text: string }).text === second.email)?.subject).toBe("Mum's Footnote journal was deleted");
    expect(await db().journalMember.count({ where: { memberId: second.id } })).toBe(0);
  });
});
