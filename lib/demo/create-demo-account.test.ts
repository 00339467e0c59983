import { describe, expect, it } from "vitest";
import { verifyPassword } from "../auth/password";
import { findUserWithPasswordHash } from "../auth/users";
import { db } from "../db/client";
import { photoStorage } from "../photos/photo-storage";
import { createDemoAccount, DEMO_DAYS } from "./create-demo-account";
import { DEMO_EMAIL, DEMO_PASSWORD } from "./demo-credentials";

describe("demo account", () => {
  // Two seedings of ≈ 180 checks, each a transaction that also keeps the daily summary
  // (docs/decisions/0085): about 12 s on an idle machine, more than 30 s at load 13.
  it("holds 120 days of checks with observations that come and go, care sessions and stored photos; seeding again replaces it", { timeout: 90_000 }, async () => {
    const now = new Date("2026-11-26T12:00:00Z");
    await createDemoAccount({ now });
    const { userId, entries, photos } = await createDemoAccount({ now });

    const user = await findUserWithPasswordHash(DEMO_EMAIL);
    expect(user?.id).toBe(userId);
    expect(await verifyPassword(user?.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await db().user.count({ where: { email: DEMO_EMAIL } })).toBe(1);

    const days = await db().entry.groupBy({ by: ["localDate"], where: { userId } });
    expect(days.length).toBeGreaterThan(DEMO_DAYS * 0.8);
    expect(days.length).toBeLessThanOrEqual(DEMO_DAYS);
    expect(await db().entry.count({ where: { userId } })).toBe(entries);
    expect(await db().entry.count({ where: { userId, careKind: { not: "NONE" } } })).toBeGreaterThan(20);
    const redness = await db().observation.findMany({ where: { userId, kind: "REDNESS" }, select: { entry: { select: { localDate: true } } } });
    expect(redness.length).toBeGreaterThan(5);
    expect(redness.length).toBeLessThan(entries / 2);

    const stored = await db().photo.findMany({ where: { userId }, select: { storageKey: true, entryId: true, foot: true, region: true } });
    expect(stored).toHaveLength(photos);
    expect(stored.every((photo) => photo.entryId && photo.foot === "LEFT" && photo.region === "HEEL")).toBe(true);
    const keys = new Set(await photoStorage().list());
    expect(stored.every((photo) => keys.has(photo.storageKey))).toBe(true);
  });
});
