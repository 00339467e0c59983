import { describe, expect, it } from "vitest";
import { nextOccurrence, upcomingOccurrences, type ScheduleRule } from "./occurrences";

const rule = (overrides: Partial<ScheduleRule>): ScheduleRule => ({
  frequency: "DAILY",
  weekdays: [],
  intervalDays: null,
  dayOfMonth: null,
  localTime: "08:00",
  timeZone: "Europe/London",
  startDate: "2026-01-01",
  endDate: null,
  onceAt: null,
  ...overrides,
});
const iso = (occurrences: { at: Date }[]) => occurrences.map((occurrence) => occurrence.at.toISOString());

describe("schedules", () => {
  it("daily, at the local time, from the start date to the end date", () => {
    const daily = rule({ timeZone: "Asia/Tokyo", startDate: "2026-05-01", endDate: "2026-05-03" });
    expect(iso(upcomingOccurrences(daily, new Date("2026-01-01T00:00:00Z"), 5))).toEqual([
      "2026-04-30T23:00:00.000Z",
      "2026-05-01T23:00:00.000Z",
      "2026-05-02T23:00:00.000Z",
    ]);
  });

  it("the same day when the time has not passed yet, the next day when it has", () => {
    const daily = rule({ localTime: "20:00" });
    expect(nextOccurrence(daily, new Date("2026-06-10T18:59:00Z"))?.at.toISOString()).toBe("2026-06-10T19:00:00.000Z");
    expect(nextOccurrence(daily, new Date("2026-06-10T19:00:00Z"))?.at.toISOString()).toBe("2026-06-11T19:00:00.000Z");
  });

  it("chosen weekdays", () => {
    // Monday, Wednesday, Friday. 2026-11-26 is a Thursday.
    const weekdays = rule({ frequency: "WEEKDAYS", weekdays: [1, 3, 5], timeZone: "UTC" });
    expect(upcomingOccurrences(weekdays, new Date("2026-11-26T12:00:00Z"), 4).map((o) => o.localDate)).toEqual([
      "2026-11-27",
      "2026-11-30",
      "2026-12-02",
      "2026-12-04",
    ]);
  });

  it("every N days counts from the start date", () => {
    const everyThree = rule({ frequency: "EVERY_N_DAYS", intervalDays: 3, startDate: "2026-11-20", timeZone: "UTC" });
    expect(upcomingOccurrences(everyThree, new Date("2026-11-24T00:00:00Z"), 3).map((o) => o.localDate)).toEqual(["2026-11-26", "2026-11-29", "2026-12-02"]);
  });

  it("monthly on the 31st uses the last day of short months", () => {
    const monthly = rule({ frequency: "MONTHLY", dayOfMonth: 31, timeZone: "UTC" });
    expect(upcomingOccurrences(monthly, new Date("2026-01-01T00:00:00Z"), 5).map((o) => o.localDate)).toEqual([
      "2026-01-31",
      "2026-02-28",
      "2026-03-31",
      "2026-04-30",
      "2026-05-31",
    ]);
    expect(nextOccurrence(monthly, new Date("2028-02-01T00:00:00Z"))?.localDate).toBe("2028-02-29");
  });

  it("once, at its instant, then never again", () => {
    const once = rule({ frequency: "ONCE", onceAt: new Date("2026-12-01T10:00:00Z") });
    expect(nextOccurrence(once, new Date("2026-11-30T00:00:00Z"))?.at.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(nextOccurrence(once, new Date("2026-12-01T10:00:00Z"))).toBeNull();
  });
});

describe("daylight-saving changes (lib/time's policy: skipped times move forward by the gap, repeated times are the first)", () => {
  it("New York spring forward: 02:30 on 2026-03-08 does not exist, fires at 03:30 EDT", () => {
    const daily = rule({ localTime: "02:30", timeZone: "America/New_York" });
    expect(iso(upcomingOccurrences(daily, new Date("2026-03-07T00:00:00Z"), 3))).toEqual([
      "2026-03-07T07:30:00.000Z", // EST
      "2026-03-08T07:30:00.000Z", // 03:30 EDT
      "2026-03-09T06:30:00.000Z", // EDT
    ]);
  });

  it("New York fall back: 01:30 on 2026-11-01 happens twice, fires once at the first", () => {
    const daily = rule({ localTime: "01:30", timeZone: "America/New_York" });
    expect(iso(upcomingOccurrences(daily, new Date("2026-10-31T12:00:00Z"), 3))).toEqual([
      "2026-11-01T05:30:00.000Z", // the first 01:30 (EDT); the second (06:30Z) is not an occurrence
      "2026-11-02T06:30:00.000Z",
      "2026-11-03T06:30:00.000Z",
    ]);
    // Asked just after the first, the next is the next day, not the repeat an hour later.
    expect(nextOccurrence(daily, new Date("2026-11-01T05:30:00Z"), "2026-11-01")?.at.toISOString()).toBe("2026-11-02T06:30:00.000Z");
  });

  it("Lord Howe's 30-minute shift: 02:15 on 2026-10-04 fires at 02:45; 01:45 on 2026-04-05 fires once, at the first", () => {
    const spring = rule({ localTime: "02:15", timeZone: "Australia/Lord_Howe" });
    expect(iso(upcomingOccurrences(spring, new Date("2026-10-03T00:00:00Z"), 2))).toEqual(["2026-10-03T15:45:00.000Z", "2026-10-04T15:15:00.000Z"]);
    const autumn = rule({ localTime: "01:45", timeZone: "Australia/Lord_Howe" });
    expect(iso(upcomingOccurrences(autumn, new Date("2026-04-04T00:00:00Z"), 2))).toEqual(["2026-04-04T14:45:00.000Z", "2026-04-05T15:15:00.000Z"]);
  });
});

describe("the user changing time zone", () => {
  it("moves to the new zone's clock and does not fire the same local day twice", () => {
    const tokyo = rule({ localTime: "08:00", timeZone: "Asia/Tokyo" });
    const fired = nextOccurrence(tokyo, new Date("2026-06-01T00:00:00Z"));
    expect(fired).toEqual({ at: new Date("2026-06-01T23:00:00Z"), localDate: "2026-06-02" });
    // Flying to New York the same evening: 08:00 on 2026-06-02 in New York is still to come,
    // but 2026-06-02 has had its reminder, so the next is 2026-06-03 08:00 EDT.
    const newYork = { ...tokyo, timeZone: "America/New_York" };
    expect(nextOccurrence(newYork, fired!.at, fired!.localDate)).toEqual({ at: new Date("2026-06-03T12:00:00Z"), localDate: "2026-06-03" });
    // Flying east instead: London's 08:00 on 2026-06-03 is the next.
    const london = { ...tokyo, timeZone: "Europe/London" };
    expect(nextOccurrence(london, fired!.at, fired!.localDate)?.at.toISOString()).toBe("2026-06-03T07:00:00.000Z");
  });
});
