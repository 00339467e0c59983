import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createPrintToken, verifyPrintToken } from "../report/print-token";
import { REPORT_SECTIONS } from "../report/sections";
import { seedReportJournal } from "../testing/report-journal";
import { createTestUser } from "../testing/factories";
import { readReportPhoto } from "./report-grant";
import { createShareLink, hashShareToken, listShareLinks, resolveShareToken, revokeShareLink } from "./share-links";

const sections = [...REPORT_SECTIONS];

describe("share links", () => {
  it("stores only a hash of a 256-bit token, opens its report, and stops on revoke and expiry", async () => {
    const user = await createTestUser();
    const now = new Date("2026-11-26T10:00:00Z");
    const created = await createShareLink(user.id, { from: "2026-11-01", to: "2026-11-20", sections, expiresInHours: 1 }, now);
    expect(created?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await db().shareLink.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashShareToken(created!.token));
    expect(JSON.stringify(row)).not.toContain(created!.token);

    const grant = await resolveShareToken(created!.token, { now, markOpened: true });
    expect(grant).toMatchObject({ userId: user.id, options: { from: "2026-11-01", to: "2026-11-20" } });
    expect((await listShareLinks(user.id, now))[0]).toMatchObject({ status: "live", lastOpenedAt: now });
    expect(await resolveShareToken(created!.token, { now: new Date(now.getTime() + 3_600_000) })).toBeNull();

    const other = await createTestUser();
    expect(await revokeShareLink(other.id, created!.id)).toBe(false);
    expect(await resolveShareToken(created!.token, { now })).not.toBeNull();
    expect(await revokeShareLink(user.id, created!.id)).toBe(true);
    expect(await resolveShareToken(created!.token, { now })).toBeNull();
    expect(await resolveShareToken("not-a-token")).toBeNull();
  });

  it("serves only the photos of its own report, never another report's or another user's", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const seeded = await seedReportJournal(user.id, { timeZone: "Europe/London", days: 30, photos: 4 });
    const theirs = await seedReportJournal(other.id, { timeZone: "Europe/London", days: 5, photos: 1 });
    // A report of the last ten days: its heel pair is photos 3 and 4 only... first and latest in range.
    const link = await createShareLink(user.id, { from: seeded.localDates.at(-10)!, to: seeded.to, sections, expiresInHours: 24 });
    const inRange = seeded.photoIds.slice(-1);
    for (const id of inRange) expect(await readReportPhoto(link!.token, id, "full")).not.toBeNull();
    expect(await readReportPhoto(link!.token, seeded.photoIds[0]!, "full")).toBeNull();
    expect(await readReportPhoto(link!.token, theirs.photoIds[0]!, "full")).toBeNull();

    const withoutPhotos = await createShareLink(user.id, { from: seeded.from, to: seeded.to, sections: ["summary"], expiresInHours: 24 });
    expect(await readReportPhoto(withoutPhotos!.token, seeded.photoIds[0]!, "full")).toBeNull();
  });

  it("accepts a print token for one minute, and no altered one", async () => {
    const user = await createTestUser();
    const options = { from: "2026-11-01", to: "2026-11-20", sections };
    const token = createPrintToken(user.id, options, 1_000_000);
    expect(verifyPrintToken(token, 1_000_000 + 59_000)).toEqual({ userId: user.id, options });
    expect(verifyPrintToken(token, 1_000_000 + 61_000)).toBeNull();
    const [body, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), userId: "someone-else" })).toString("base64url");
    expect(verifyPrintToken(`${forged}.${signature}`, 1_000_000)).toBeNull();
  });
});
