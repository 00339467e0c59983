import { readMessage } from "../i18n/read-message";
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/entries/route";
import { POST as POST_PHOTO } from "@/app/api/photos/route";
import { db } from "../db/client";
import { JOURNAL_HEADER } from "../journals/journal-header";
import type { JournalRole } from "../journals/policy";
import { createTestUser } from "../testing/factories";
import { phoneJpeg } from "../testing/images";

// A check saved offline, sent through the route as the device sends it: stored once however often
// it arrives, only for the person signed in.
const signedIn = vi.hoisted(() => ({ user: null as { id: string; timeZone: string } | null, openJournal: undefined as string | undefined }));
vi.mock("../auth/current-user", () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// The journal chosen in the switcher (none: the signed-in person's own is open).
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => (signedIn.openJournal ? { value: signedIn.openJournal } : undefined) }) }));

const ORIGIN = "http://localhost:3000";
const values = { date: "2026-03-07", time: "08:30", pain: "3", fatigue: "", observations: [{ foot: "LEFT", region: "HEEL", kind: "REDNESS", pain: "4" }], careKind: "NONE", careMinutes: "", notes: "sent later", photos: [] };

function send(body: unknown, journalId?: string) {
  const named: Record<string, string> = journalId === undefined ? {} : { [JOURNAL_HEADER]: journalId };
  return POST(new Request(`${ORIGIN}/api/entries`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json", ...named } }));
}

async function sendPhoto(journalId: string) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(await phoneJpeg({ width: 64, height: 48 }))], { type: "image/jpeg" }), "heel.jpg");
  return POST_PHOTO(new Request(`${ORIGIN}/api/photos`, { method: "POST", body: form, headers: { host: "localhost:3000", origin: ORIGIN, [JOURNAL_HEADER]: journalId } }));
}

const helps = (owner: { id: string }, carer: { id: string }, role: JournalRole) => db().journalMember.create({ data: { userId: owner.id, memberId: carer.id, role } });

beforeEach(() => {
  signedIn.user = null;
  signedIn.openJournal = undefined;
});

describe("POST /api/entries (checks saved offline)", () => {
  it("stores a check once, however often it is sent, and answers with the same entry", async () => {
    const user = await createTestUser();
    signedIn.user = user;
    const clientId = randomUUID();

    const first = await send({ clientId, values });
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const again = await send({ clientId, values: { ...values, notes: "a retry" } });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id, created: false });
    // Background Sync and the open page sending at the same moment.
    const together = await Promise.all([send({ clientId: randomUUID(), values }), send({ clientId, values })]);
    expect(together.map((response) => response.status).sort()).toEqual([200, 201]);

    const stored = await db().entry.findMany({ where: { userId: user.id }, select: { id: true, notes: true, clientId: true } });
    expect(stored).toHaveLength(2);
    expect(stored.find((entry) => entry.clientId === clientId)).toEqual({ id, notes: "sent later", clientId });
  });

  it("keeps each person's device ids apart, and refuses the signed out and bad input", async () => {
    const [owner, other] = [await createTestUser(), await createTestUser()];
    const clientId = randomUUID();
    signedIn.user = owner;
    expect((await send({ clientId, values })).status).toBe(201);
    signedIn.user = other;
    const theirs = await send({ clientId, values });
    expect(theirs.status).toBe(201);
    expect(await db().entry.count({ where: { userId: other.id, clientId } })).toBe(1);

    expect((await send({ clientId: "not-a-uuid", values })).status).toBe(400);
    const future = await send({ clientId: randomUUID(), values: { ...values, date: "2099-01-01" } });
    expect(future.status).toBe(400);
    expect(readMessage(((await future.json()) as { fieldErrors: Record<string, string> }).fieldErrors["values.time"]!, "en")).toBe("The date and time can't be in the future");
    expect((await send("{not json")).status).toBe(400);
    expect((await send({ clientId: randomUUID(), values: { ...values, notes: "x".repeat(300 * 1024) } })).status).toBe(413);

    signedIn.user = null;
    expect((await send({ clientId: randomUUID(), values })).status).toBe(401);
    expect(await db().entry.count({ where: { userId: { in: [owner.id, other.id] } } })).toBe(2);
  });

  it("goes to the journal it was written in, named by the device, whatever journal is open when it is sent", async () => {
    // A carer records for Mum offline, then opens Dad's journal before the connection returns.
    const [mum, dad, carer, stranger] = [await createTestUser({ name: "Mum" }), await createTestUser({ name: "Dad" }), await createTestUser({ name: "Sam" }), await createTestUser()];
    await helps(mum, carer, "RECORD");
    await helps(dad, carer, "RECORD");
    signedIn.user = carer;
    signedIn.openJournal = dad.id;

    const photo = await sendPhoto(mum.id);
    expect(photo.status).toBe(201);
    const { id: photoId } = (await photo.json()) as { id: string };
    const sent = await send({ clientId: randomUUID(), values: { ...values, photos: [{ id: photoId, caption: "" }] } }, mum.id);
    expect(sent.status).toBe(201);
    const { id } = (await sent.json()) as { id: string };
    expect(await db().entry.findUniqueOrThrow({ where: { id }, select: { userId: true, createdById: true, photos: { select: { id: true } } } })).toEqual({ userId: mum.id, createdById: carer.id, photos: [{ id: photoId }] });
    expect(await db().photo.findUniqueOrThrow({ where: { id: photoId }, select: { userId: true } })).toEqual({ userId: mum.id });
    expect(await db().entry.count({ where: { userId: dad.id } })).toBe(0);

    // Without a name it is the open journal, as before.
    const unnamed = await send({ clientId: randomUUID(), values });
    expect(unnamed.status).toBe(201);
    expect(await db().entry.count({ where: { userId: dad.id } })).toBe(1);
    expect(await db().entry.count({ where: { userId: mum.id } })).toBe(1);

    // Naming a journal proves nothing: one they do not help with, a blank or an overlong name is "not found".
    for (const named of [stranger.id, "", "x".repeat(65)]) {
      expect((await send({ clientId: randomUUID(), values }, named)).status).toBe(404);
      expect((await sendPhoto(named)).status).toBe(404);
    }
    expect(await db().entry.count({ where: { userId: stranger.id } })).toBe(0);
  });

  it("is refused with the reason when the carer may no longer record there, and kept nowhere", async () => {
    const [mum, carer] = [await createTestUser({ name: "Mum" }), await createTestUser({ name: "Sam" })];
    await helps(mum, carer, "SEE");
    signedIn.user = carer;

    const refused = await send({ clientId: randomUUID(), values }, mum.id);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toBe("errors.refusedRecording?name=Mum");
    expect((await sendPhoto(mum.id)).status).toBe(403);

    // Removed while the check waited on the device.
    await db().journalMember.deleteMany({ where: { userId: mum.id, memberId: carer.id } });
    expect((await send({ clientId: randomUUID(), values }, mum.id)).status).toBe(404);
    expect(await db().entry.count({ where: { userId: mum.id } })).toBe(0);
    expect(await db().photo.count({ where: { userId: mum.id } })).toBe(0);
  });
});
