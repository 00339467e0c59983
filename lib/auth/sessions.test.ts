import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestUser } from "../testing/factories";
import { createSession, describeSignIn, listLiveSessions, liveSessionUser, liveSessionUserId, revokeAllSessions, revokeSession } from "./sessions";

const device = { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0", ipAddress: "127.0.0.1" };

describe("revocable sessions", () => {
  it("a new session is live and listed for its user only", async () => {
    const ann = await createTestUser();
    const bob = await createTestUser();
    const session = await createSession(ann.id, device, { method: "PASSWORD" });
    expect(await liveSessionUserId(session.id)).toBe(ann.id);
    expect((await listLiveSessions(ann.id)).map((row) => row.id)).toEqual([session.id]);
    expect(await listLiveSessions(bob.id)).toEqual([]);
  });

  it("a revoked session stops being live; another user cannot revoke it", async () => {
    const ann = await createTestUser();
    const bob = await createTestUser();
    const session = await createSession(ann.id, device, { method: "PASSWORD" });
    expect(await revokeSession(bob.id, session.id)).toBe(false);
    expect(await liveSessionUserId(session.id)).toBe(ann.id);
    expect(await revokeSession(ann.id, session.id)).toBe(true);
    expect(await liveSessionUserId(session.id)).toBeNull();
  });

  it("an expired session is not live", async () => {
    const ann = await createTestUser();
    const session = await createSession(ann.id, device, { method: "PASSWORD" });
    await db().session.update({ where: { id: session.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await liveSessionUserId(session.id)).toBeNull();
  });

  it("a session unused for 14 days is not live, however young", async () => {
    const ann = await createTestUser();
    const session = await createSession(ann.id, device, { method: "PASSWORD" });
    const day = 24 * 60 * 60 * 1000;
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(Date.now() - 13 * day) } });
    expect(await liveSessionUserId(session.id)).toBe(ann.id);
    await db().session.update({ where: { id: session.id }, data: { lastSeenAt: new Date(Date.now() - 14 * day - 1000) } });
    expect(await liveSessionUserId(session.id)).toBeNull();
    expect(await listLiveSessions(ann.id)).toEqual([]);
  });

  it("signing out everywhere ends every session of that user and no one else's", async () => {
    const ann = await createTestUser();
    const bob = await createTestUser();
    const [phone, laptop, bobs] = [await createSession(ann.id, device, { method: "PASSWORD" }), await createSession(ann.id, device, { method: "PASSWORD" }), await createSession(bob.id, device, { method: "PASSWORD" })];
    expect(await revokeAllSessions(ann.id)).toBe(2);
    expect(await liveSessionUserId(phone.id)).toBeNull();
    expect(await liveSessionUserId(laptop.id)).toBeNull();
    expect(await liveSessionUserId(bobs.id)).toBe(bob.id);
  });

  it("records when a session was last seen, at most every few minutes", async () => {
    const ann = await createTestUser();
    const session = await createSession(ann.id, device, { method: "PASSWORD" });
    const later = new Date(Date.now() + 10 * 60 * 1000);
    await liveSessionUserId(session.id, later);
    const row = await db().session.findUniqueOrThrow({ where: { id: session.id } });
    expect(row.lastSeenAt.toISOString()).toBe(later.toISOString());
  });

  it("the per-request check returns the session's own user in one query, and nothing for a revoked, expired or someone else's session", async () => {
    const ann = await createTestUser({ name: "Ann" });
    const bob = await createTestUser();
    const session = await createSession(ann.id, device, { method: "PASSWORD" });
    expect(await liveSessionUser(session.id, ann.id)).toMatchObject({ id: ann.id, name: "Ann", email: ann.email, timeZone: ann.timeZone });
    expect(await liveSessionUser(session.id, bob.id)).toBeNull();
    await revokeSession(ann.id, session.id);
    expect(await liveSessionUser(session.id, ann.id)).toBeNull();
    const expired = await createSession(ann.id, device, { method: "PASSWORD" });
    await db().session.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await liveSessionUser(expired.id, ann.id)).toBeNull();
  });

  it("ends a session left unused for 14 days on its next request, however long it had to run", async () => {
    const ann = await createTestUser();
    const session = await createSession(ann.id, device, { method: "PASSWORD" });
    const { lastSeenAt } = await db().session.findUniqueOrThrow({ where: { id: session.id } });
    const day = 24 * 60 * 60 * 1000;
    expect(await liveSessionUser(session.id, ann.id, new Date(lastSeenAt.getTime() + 13 * day))).toMatchObject({ id: ann.id, createdAt: expect.any(Date) });
    const forgotten = await createSession(ann.id, device, { method: "PASSWORD" });
    const { lastSeenAt: forgottenSeen } = await db().session.findUniqueOrThrow({ where: { id: forgotten.id } });
    expect(await liveSessionUser(forgotten.id, ann.id, new Date(forgottenSeen.getTime() + 15 * day))).toBeNull();
  });

  it("writes lastSeenAt only when the last write is over five minutes old", async () => {
    const ann = await createTestUser();
    const session = await createSession(ann.id, device, { method: "PASSWORD" });
    const { lastSeenAt: created } = await db().session.findUniqueOrThrow({ where: { id: session.id } });
    await liveSessionUser(session.id, ann.id, new Date(created.getTime() + 4 * 60 * 1000));
    expect((await db().session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(created);
    const later = new Date(created.getTime() + 6 * 60 * 1000);
    await liveSessionUser(session.id, ann.id, later);
    expect((await db().session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(later);
  });

  it("says how each session signed in, with its second step", async () => {
    const ann = await createTestUser();
    await createSession(ann.id, device, { method: "PASSWORD", secondStep: "AUTHENTICATOR_CODE" });
    await createSession(ann.id, device, { method: "PASSKEY" });
    const described = (await listLiveSessions(ann.id)).map((session) => describeSignIn(session, "en-GB")).sort();
    expect(described).toEqual(["passkey", "password and authenticator code"]);
    expect((await listLiveSessions(ann.id)).map((session) => describeSignIn(session, "es-ES")).sort()).toEqual(["contraseña y código de la aplicación de autenticación", "llave de acceso"]);
    expect(describeSignIn({ method: null, secondStep: null }, "en-GB")).toBeNull();
  });
});
