import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestUser } from "../testing/factories";
import { defaultReportRange } from "./default-range";

describe("the report's default period", () => {
  const now = new Date("2026-11-26T12:00:00Z");

  it("is the last 90 days when there was no appointment", async () => {
    const user = await createTestUser();
    expect(await defaultReportRange(user.id, "2026-11-26", now)).toEqual({ from: "2026-08-29", to: "2026-11-26" });
  });

  it("starts on the local day of the last past appointment, never a future one, never another user's", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const visit = (userId: string, startsAt: string) =>
      db().appointment.create({ data: { userId, clinician: "Dr Patel", startsAt: new Date(startsAt), timeZone: "America/New_York", remindBefore: [] } });
    await visit(user.id, "2026-09-01T15:00:00Z");
    // 23:30 on 14 October in New York is already the 15th in UTC.
    await visit(user.id, "2026-10-15T03:30:00Z");
    await visit(user.id, "2026-12-01T15:00:00Z");
    await visit(other.id, "2026-11-20T15:00:00Z");
    expect(await defaultReportRange(user.id, "2026-11-26", now)).toEqual({ from: "2026-10-14", to: "2026-11-26" });
  });
});
