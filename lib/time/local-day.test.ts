import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, getDay, getDaysInMonth, lightFormat } from "date-fns";
import { describe, expect, it } from "vitest";
import { addLocalDays, addLocalMonths, dayOfMonth, daysBetween, daysInMonthOf, weekdayOf } from "./calendar";
import { dateColumn, fromDateColumn, instantOfLocal, localDateOf, localDateTimeOf, localDayBounds } from "./local-day";

const at = (date: string, time: string, zone: string) => instantOfLocal(date, time, zone).toISOString();

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
    expect(at("2026-01-15", "00:00", "Asia/Tokyo")).toBe("2026-01-14T15:00:00.000Z");
  });

  it("round-trips dates through a @db.Date column", () => {
    expect(fromDateColumn(dateColumn("2026-02-28"))).toBe("2026-02-28");
  });
});

// One policy for every conversion (docs/decisions/0048): a skipped wall time moves forward by the
// gap; a repeated one is the first. Each zone, each transition, a time inside it and either side.
describe("clock changes", () => {
  // [local wall time, the instant it reads as]
  const cases = [
    {
      zone: "America/New_York",
      spring: { date: "2026-03-08", before: ["01:59", "2026-03-08T06:59Z"], skipped: ["02:30", "2026-03-08T07:30Z"], after: ["03:00", "2026-03-08T07:00Z"] },
      autumn: { date: "2026-11-01", before: ["00:59", "2026-11-01T04:59Z"], repeated: ["01:30", "2026-11-01T05:30Z"], after: ["02:00", "2026-11-01T07:00Z"] },
    },
    {
      zone: "Europe/London",
      spring: { date: "2026-03-29", before: ["00:59", "2026-03-29T00:59Z"], skipped: ["01:30", "2026-03-29T01:30Z"], after: ["02:00", "2026-03-29T01:00Z"] },
      autumn: { date: "2026-10-25", before: ["00:59", "2026-10-24T23:59Z"], repeated: ["01:30", "2026-10-25T00:30Z"], after: ["02:00", "2026-10-25T02:00Z"] },
    },
    {
      // A 30-minute shift: +10:30 in winter, +11 in summer.
      zone: "Australia/Lord_Howe",
      spring: { date: "2026-10-04", before: ["01:59", "2026-10-03T15:29Z"], skipped: ["02:15", "2026-10-03T15:45Z"], after: ["02:30", "2026-10-03T15:30Z"] },
      autumn: { date: "2026-04-05", before: ["01:29", "2026-04-04T14:29Z"], repeated: ["01:45", "2026-04-04T14:45Z"], after: ["02:00", "2026-04-04T15:30Z"] },
    },
  ];
  const utc = (iso: string) => new Date(iso).toISOString();

  for (const { zone, spring, autumn } of cases) {
    it(`${zone}: spring forward on ${spring.date}`, () => {
      for (const [local, expected] of [spring.before, spring.skipped, spring.after] as [string, string][]) {
        expect(at(spring.date, local, zone), `${local} local`).toBe(utc(expected));
      }
      const skipped = instantOfLocal(spring.date, spring.skipped[0]!, zone);
      expect(localDateTimeOf(skipped, zone).date).toBe(spring.date);
      expect(localDateTimeOf(skipped, zone).time > spring.skipped[0]!).toBe(true);
    });

    it(`${zone}: fall back on ${autumn.date}`, () => {
      for (const [local, expected] of [autumn.before, autumn.repeated, autumn.after] as [string, string][]) {
        expect(at(autumn.date, local, zone), `${local} local`).toBe(utc(expected));
      }
      // The first reading: the same wall time half an hour or an hour later is still that wall time.
      const first = instantOfLocal(autumn.date, autumn.repeated[0]!, zone);
      expect(localDateTimeOf(first, zone).time).toBe(autumn.repeated[0]);
    });

    it(`${zone}: the days of both changes run from local midnight to local midnight`, () => {
      const springDay = localDayBounds(spring.date, zone);
      const autumnDay = localDayBounds(autumn.date, zone);
      const hours = (bounds: { start: Date; end: Date }) => (bounds.end.getTime() - bounds.start.getTime()) / 3_600_000;
      expect(hours(springDay)).toBeLessThan(24);
      expect(hours(autumnDay)).toBeGreaterThan(24);
      expect(localDateOf(new Date(springDay.end.getTime() - 60_000), zone)).toBe(spring.date);
      expect(localDateOf(springDay.end, zone)).toBe(addLocalDays(spring.date, 1));
    });
  }
});

describe("the local date and time of an instant", () => {
  it("agrees with date-fns' zoned date for random instants in zones with and without clock changes", () => {
    let seed = 11;
    const random = (below: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % below;
    };
    const zones = ["Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "UTC"];
    for (let i = 0; i < 3000; i++) {
      const instant = new Date(Date.UTC(2000 + random(30), random(12), 1 + random(28), random(24), random(60)));
      const zone = zones[random(zones.length)]!;
      const local = new TZDate(instant.getTime(), zone);
      expect(localDateTimeOf(instant, zone)).toEqual({ date: lightFormat(local, "yyyy-MM-dd"), time: lightFormat(local, "HH:mm") });
    }
  });
});

describe("calendar arithmetic on local dates", () => {
  it("adds days and months, counts days between, names weekdays, whatever the machine's zone", () => {
    expect(addLocalDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addLocalDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addLocalMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addLocalMonths("2026-11-15", 3)).toBe("2027-02-15");
    expect(daysBetween("2026-03-07", "2026-03-09")).toBe(2);
    expect(daysBetween("2026-03-09", "2026-03-07")).toBe(-2);
    expect(weekdayOf("2026-11-26")).toBe(4);
    expect(addLocalDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addLocalMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addLocalMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addLocalMonths("2026-01-15", -13)).toBe("2024-12-15");
    expect(daysInMonthOf("2026-02-10")).toBe(28);
    expect(daysInMonthOf("2024-02-10")).toBe(29);
    expect(daysInMonthOf("2026-12-01")).toBe(31);
    expect(dayOfMonth("2026-12-07")).toBe(7);
  });

  it("agrees with date-fns on a date pinned to UTC for thousands of random dates and steps", () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 16807) % 2147483647;
      return seed % below;
    };
    for (let i = 0; i < 5000; i++) {
      const date = new Date(Date.UTC(1950 + random(120), random(12), 1 + random(31))).toISOString().slice(0, 10);
      const pinned = TZDate.tz("UTC", ...(date.split("-").map((part, index) => Number(part) - (index === 1 ? 1 : 0)) as [number, number, number]));
      const step = random(800) - 400;
      expect(addLocalDays(date, step)).toBe(lightFormat(addDays(pinned, step), "yyyy-MM-dd"));
      expect(addLocalMonths(date, step % 40)).toBe(lightFormat(addMonths(pinned, step % 40), "yyyy-MM-dd"));
      expect(weekdayOf(date)).toBe(getDay(pinned));
      expect(daysInMonthOf(date)).toBe(getDaysInMonth(pinned));
    }
  });
});
