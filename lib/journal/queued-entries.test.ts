import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/entries/route";
import { db } from "../db/client";
import { createTestUser } from "../testing/factories";

// A check saved offline, sent through the route as the device sends it: stored once however often
// it arrives, only for the person signed in.
const signedIn = vi.hoisted(() => ({ user: null as { id: string; timeZone: string } | null }));
vi.mock("../auth/current-user", () => ({ getCurrentUser: async () => signedIn.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
// No journal chosen in the switcher: the signed-in person's own is open.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const ORIGIN = "http://localhost:3000";
const values = { date: "2026-03-07", time: "08:30", pain: "3", fatigue: "", observations: [{ foot: "LEFT", region: "HEEL", kind: "REDNESS", pain: "4" }], careKind: "NONE", careMinutes: "", notes: "sent later", photos: [] };

function send(body: unknown) {
  return POST(new Request(`${ORIGIN}/api/entries`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json" } }));
}

beforeEach(() => {
  signedIn.user = null;
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
    expect(((await future.json()) as { fieldErrors: Record<string, string> }).fieldErrors["values.time"]).toBe("The date and time can't be in the future");
    expect((await send("{not json")).status).toBe(400);
    expect((await send({ clientId: randomUUID(), values: { ...values, notes: "x".repeat(300 * 1024) } })).status).toBe(413);

    signedIn.user = null;
    expect((await send({ clientId: randomUUID(), values })).status).toBe(401);
    expect(await db().entry.count({ where: { userId: { in: [owner.id, other.id] } } })).toBe(2);
  });
});
