import { describe, expect, it } from "vitest";
import { dateColumn, fromDateColumn, instantOfLocal, localDateOf, localDateTimeOf } from "./local-day";

describe("local days across zones", () => {
  it("puts one instant on different calendar days in different zones", () => {
    const instant = new Date("2026-06-30T23:30:00Z");
    expect(localDateOf(instant, "UTC")).toBe("2026-06-30");
    expect(localDateOf(instant, "Europe/London")).toBe("2026-07-01");
    expect(localDateOf(instant, "America/Los_Angeles")).toBe("2026-06-30");
    expect(localDateOf(instant, "Pacific/Kiritimati")).toBe("2026-07-01");
  });

  it("keeps 23:59 and 00:00 local on their own days, around midnight", () => {
    expect(localDateOf(instantOfLocal("2026-01-14", "23:59", "Asia/Tokyo"), "Asia/Tokyo")).toBe("2026-01-14");
    expect(localDateOf(instantOfLocal("2026-01-15", "00:00", "Asia/Tokyo"), "Asia/Tokyo")).toBe("2026-01-15");
    expect(instantOfLocal("2026-01-15", "00:00", "Asia/Tokyo").toISOString()).toBe("2026-01-14T15:00:00.000Z");
  });

  it("handles the days of a DST change in New York", () => {
    // 2026-03-08: clocks go from 02:00 to 03:00; the day has 23 hours.
    expect(instantOfLocal("2026-03-08", "01:30", "America/New_York").toISOString()).toBe("2026-03-08T06:30:00.000Z");
    expect(instantOfLocal("2026-03-08", "03:30", "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(localDateOf(new Date("2026-03-09T03:59:00Z"), "America/New_York")).toBe("2026-03-08");
    expect(localDateOf(new Date("2026-03-09T04:00:00Z"), "America/New_York")).toBe("2026-03-09");
    // 2026-11-01: 01:00–02:00 happens twice; the day has 25 hours and its last minute is 05:59 UTC next day.
    expect(localDateOf(new Date("2026-11-02T04:59:00Z"), "America/New_York")).toBe("2026-11-01");
  });

  it("moves a time skipped by spring-forward to after the gap", () => {
    const skipped = instantOfLocal("2026-03-08", "02:30", "America/New_York");
    expect(localDateTimeOf(skipped, "America/New_York")).toEqual({ date: "2026-03-08", time: "03:30" });
  });

  it("round-trips dates through a @db.Date column", () => {
    expect(fromDateColumn(dateColumn("2026-02-28"))).toBe("2026-02-28");
  });
});
