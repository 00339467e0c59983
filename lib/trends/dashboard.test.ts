import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createEntry } from "../journal/create-entry";
import { makeEntrySchema, type EntryFormValues } from "../journal/schemas";
import { createTestUser } from "../testing/factories";
import { loadDashboard, todayStatus } from "./dashboard";
import { resolveRange, trendsParamsSchema, type Bucket } from "./range";
import { dashboardSql, entryStatements, type DashboardStatements, type ObservationFilter } from "./sql";
import { summaryStatements } from "./summary-sql";
import { ownerAccess } from "../journals/policy";

// Every aggregate against a small journal whose answers are worked out by hand: checks around
// local midnight, on both 2026 DST change days in New York, and a second person whose checks on
// the same days (all pain 10, all on the left heel) would change every figure if they leaked in.

const NEW_YORK = "America/New_York";
const LONDON = "Europe/London";
const LATER = new Date("2026-11-27T12:00:00Z");
const JOINED_LONG_AGO = new Date("2026-01-01T00:00:00Z");

type Check = Partial<EntryFormValues> & { date: string; time: string; pain: string };

async function write(userId: string, timeZone: string, checks: Check[]) {
  const schema = makeEntrySchema({ timeZone, now: () => LATER });
  for (const check of checks) {
    await createEntry(
      ownerAccess(userId),
      timeZone,
      schema.parse({ fatigue: "", observations: [], careKind: "NONE", careMinutes: "", lotionUsed: false, notes: "", photos: [], ...check }),
    );
  }
}

const heel = (left: string, right?: string) => ({ LEFT: { HEEL: left }, RIGHT: right ? { HEEL: right } : {} });
const redHeel = (pain: string) => ({ foot: "LEFT" as const, region: "HEEL" as const, kind: "REDNESS" as const, pain, customKind: "", note: "" });
const params = (values: Record<string, string>) => trendsParamsSchema.parse({ range: "custom", ...values });

let person: { id: string; timeZone: string };
let other: { id: string; timeZone: string };

beforeAll(async () => {
  person = await createTestUser({ timeZone: NEW_YORK });
  other = await createTestUser({ timeZone: LONDON });
  await write(person.id, NEW_YORK, [
    { date: "2026-03-02", time: "12:00", pain: "1" },
    {
      date: "2026-03-07",
      time: "23:30", // 04:30 UTC on the 8th
      pain: "4",
      observations: [redHeel("5"), { foot: "RIGHT", region: "TOENAILS", kind: "YELLOWISH_TOENAIL", pain: "", customKind: "", note: "" }],
    },
    { date: "2026-03-08", time: "00:15", pain: "6", observations: [redHeel("7")] }, // the day clocks spring forward
    { date: "2026-03-08", time: "03:30", pain: "2" }, // just after the skipped hour
    { date: "2026-03-08", time: "23:45", pain: "8" }, // 03:45 UTC on the 9th
    {
      date: "2026-03-10",
      time: "10:00",
      pain: "3",
      observations: [redHeel("3"), { foot: "LEFT", region: "BALL", kind: "TINGLING", pain: "2", customKind: "", note: "" }],
    },
    // Care on the 1st, 3rd, 5th and 7th of April; pain the next day is what counts.
    ...[2, 5, 3, 6, 2, 4, 1, 7, 3, 2].map((pain, index) => ({
      date: `2026-04-${String(index + 1).padStart(2, "0")}`,
      time: "20:00",
      pain: String(pain),
      ...(index % 2 === 0 && index < 7 ? { careKind: "SELF" as const, careMinutes: "10" } : {}),
      ...(index === 0 ? { temperatures: heel("31.0", "30.0") } : index === 1 ? { temperatures: heel("33.5", "30.9") } : index === 2 ? { temperatures: heel("30.5") } : {}),
    })),
    // The day clocks fall back: 01:30 happens twice.
    { date: "2026-10-31", time: "23:30", pain: "1" },
    { date: "2026-11-01", time: "01:30", pain: "2" },
    { date: "2026-11-01", time: "23:59", pain: "3" },
    // For today's status.
    { date: "2026-11-20", time: "10:00", pain: "1" },
    { date: "2026-11-23", time: "10:00", pain: "1" },
    { date: "2026-11-24", time: "10:00", pain: "1" },
    { date: "2026-11-25", time: "23:00", pain: "1" }, // 04:00 UTC on the 26th
  ]);
  const otherDays = ["2026-03-06", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10", "2026-04-02", "2026-04-04", "2026-04-06", "2026-04-08", "2026-10-31", "2026-11-01", "2026-11-02", "2026-11-21", "2026-11-22", "2026-11-24", "2026-11-25"];
  await write(
    other.id,
    LONDON,
    otherDays.map((date) => ({ date, time: "12:00", pain: "10", careKind: "SELF" as const, careMinutes: "30", temperatures: heel("35.0", "30.0"), observations: [redHeel("10")] })),
  );
});

describe("the pain chart", () => {
  it("has one point per local day with max, mean and a 7-day moving average, gaps as nulls, midnight and spring-forward checks on their own day", async () => {
    const dashboard = await loadDashboard(person, params({ from: "2026-03-06", to: "2026-03-10" }), LATER);
    expect(dashboard.range).toMatchObject({ from: "2026-03-06", to: "2026-03-10", days: 5, seriesBucket: "day" });
    const points = dashboard.pain.points.map((p) => [p.period, p.max, p.mean === null ? null : round(p.mean), p.checks, p.trend === null ? null : round(p.trend)]);
    expect(points).toEqual([
      ["2026-03-06", null, null, 0, null],
      ["2026-03-07", 4, 4, 1, 2.5], // the average also reaches back to the 2nd (pain 1)
      ["2026-03-08", 8, 5.33, 3, 3.44],
      ["2026-03-09", null, null, 0, null],
      ["2026-03-10", 3, 3, 1, 4.11], // 4th–10th: days 7, 8, 10
    ]);
  });

  it("puts both 01:30s and 23:59 of the fall-back day on that day", async () => {
    const dashboard = await loadDashboard(person, params({ from: "2026-10-31", to: "2026-11-02" }), LATER);
    expect(dashboard.pain.points.map((p) => [p.period, p.max, p.mean, p.checks])).toEqual([
      ["2026-10-31", 1, 1, 1],
      ["2026-11-01", 3, 2.5, 2],
      ["2026-11-02", null, null, 0],
    ]);
  });

  it("sums up the range against the same number of days before it", async () => {
    const { pain } = await loadDashboard(person, params({ from: "2026-03-06", to: "2026-03-10" }), LATER);
    expect(pain.summary).toEqual({ mean: 4.6, checks: 5, days: 3, previousMean: 1, previousChecks: 1 });
  });
});

describe("observations", () => {
  it("counts kinds per week (weeks start on Monday) and per place on the feet", async () => {
    const dashboard = await loadDashboard(person, params({ from: "2026-03-06", to: "2026-03-10" }), LATER);
    expect(dashboard.observations.periods).toEqual([
      { period: "2026-03-02", total: 3, counts: { REDNESS: 2, YELLOWISH_TOENAIL: 1 } },
      { period: "2026-03-09", total: 2, counts: { REDNESS: 1, TINGLING: 1 } },
    ]);
    expect(dashboard.observations.kinds).toEqual(["REDNESS", "TINGLING", "YELLOWISH_TOENAIL"]);
    expect(sortHeat(dashboard.heat)).toEqual([
      { foot: "LEFT", region: "BALL", count: 1, days: 1, meanPain: 2, painCount: 1 },
      { foot: "LEFT", region: "HEEL", count: 3, days: 3, meanPain: 5, painCount: 3 },
      { foot: "RIGHT", region: "TOENAILS", count: 1, days: 1, meanPain: null, painCount: 0 },
    ]);
  });

  it("narrows to one kind, or to one place", async () => {
    const redness = await loadDashboard(person, params({ from: "2026-03-06", to: "2026-03-10", kind: "REDNESS" }), LATER);
    expect(redness.observations.totals).toEqual([{ kind: "REDNESS", count: 3 }]);
    expect(redness.heat.map((h) => [h.foot, h.region, h.count])).toEqual([["LEFT", "HEEL", 3]]);
    const ball = await loadDashboard(person, params({ from: "2026-03-06", to: "2026-03-10", foot: "LEFT", region: "BALL" }), LATER);
    expect(ball.observations.totals).toEqual([{ kind: "TINGLING", count: 1 }]);
  });
});

describe("care vs pain", () => {
  it("compares mean next-day pain after days with and without care, with the days behind each", async () => {
    const { care } = await loadDashboard(person, params({ from: "2026-04-01", to: "2026-04-09" }), LATER);
    expect(care).toEqual({ withCare: { days: 4, meanNextDayPain: 5.5 }, withoutCare: { days: 5, meanNextDayPain: 2.2 }, enough: true });
  });

  it("is not enough with fewer than 3 days on a side", async () => {
    const { care } = await loadDashboard(person, params({ from: "2026-04-01", to: "2026-04-05" }), LATER);
    expect(care).toEqual({ withCare: { days: 3, meanNextDayPain: 5 }, withoutCare: { days: 2, meanNextDayPain: 2.5 }, enough: false });
  });
});

describe("skin temperature", () => {
  it("lists each spot's left, right and same-spot difference on days with a reading", async () => {
    const { temperature } = await loadDashboard(person, params({ from: "2026-04-01", to: "2026-04-09" }), LATER);
    expect(temperature).toEqual([
      {
        site: "HEEL",
        points: [
          { period: "2026-04-01", left: 31, right: 30, difference: 1 },
          { period: "2026-04-02", left: 33.5, right: 30.9, difference: 2.6 },
          { period: "2026-04-03", left: 30.5, right: null, difference: null },
        ],
      },
    ]);
  });
});

describe("ranges", () => {
  it("ends presets today in the user's zone and starts all time at the first check", async () => {
    const month = await loadDashboard(person, trendsParamsSchema.parse({ range: "30d" }), new Date("2026-11-26T04:30:00Z"));
    expect(month.range).toMatchObject({ from: "2026-10-27", to: "2026-11-25" }); // still the 25th in New York
    const all = await loadDashboard(person, trendsParamsSchema.parse({ range: "all" }), LATER);
    expect(all.range).toMatchObject({ from: "2026-03-02", to: "2026-11-27", seriesBucket: "day" });
    expect(all.pain.summary.checks).toBe(23);
  });

  it("gives a person with no checks empty figures, not errors", async () => {
    const newcomer = await createTestUser({ timeZone: NEW_YORK });
    const dashboard = await loadDashboard(newcomer, trendsParamsSchema.parse({ range: "all" }), LATER);
    expect(dashboard.hasEntries).toBe(false);
    expect(dashboard.range).toMatchObject({ from: "2026-11-27", to: "2026-11-27", days: 1 });
    expect(dashboard.pain.summary).toEqual({ mean: null, checks: 0, days: 0, previousMean: null, previousChecks: 0 });
    expect(dashboard.heat).toEqual([]);
    expect(dashboard.care.enough).toBe(false);
  });
});

describe("today's status", () => {
  it("counts today's checks, the streak and the last 30 days on the user's own clock", async () => {
    // 23:30 on the 25th in New York, 04:30 on the 26th in London.
    const now = new Date("2026-11-26T04:30:00Z");
    expect(await todayStatus({ ...person, createdAt: JOINED_LONG_AGO }, now)).toEqual({ today: "2026-11-25", checksToday: 1, streak: 3, daysChecked: 6, windowDays: 30 });
    // London: today is not done yet, but yesterday was, so the streak still stands.
    expect(await todayStatus({ ...other, createdAt: JOINED_LONG_AGO }, now)).toEqual({ today: "2026-11-26", checksToday: 0, streak: 2, daysChecked: 7, windowDays: 30 });
    // Two days later without a check, it is broken.
    expect(await todayStatus({ ...other, createdAt: JOINED_LONG_AGO }, new Date("2026-11-27T12:00:00Z"))).toMatchObject({ today: "2026-11-27", streak: 0 });
  });

  it("counts only the days since the person joined, when fewer than 30, on their own clock", async () => {
    const now = new Date("2026-11-26T04:30:00Z");
    // Joined at 22:00 on the 22nd in New York (03:00 UTC on the 23rd): the 22nd, 23rd, 24th and 25th; checks on three of them.
    expect(await todayStatus({ ...person, createdAt: new Date("2026-11-23T03:00:00Z") }, now)).toMatchObject({ daysChecked: 3, windowDays: 4 });
    expect(await todayStatus({ ...person, createdAt: new Date("2026-11-26T01:00:00Z") }, now)).toMatchObject({ checksToday: 1, daysChecked: 1, windowDays: 1 });
  });
});

describe("the daily summary", () => {
  it("gives every figure the entries give, for short and long ranges, every bucket and filter", async () => {
    const figures = (statements: DashboardStatements, range: ReturnType<typeof resolveRange>, buckets: [Bucket, Bucket], filter: ObservationFilter) =>
      db().$queryRaw<unknown[]>(dashboardSql({ userId: person.id, ...range, seriesBucket: buckets[0], barBucket: buckets[1] }, filter, statements).sql);
    const filters: ObservationFilter[] = [
      { kind: null, foot: null, region: null },
      { kind: "REDNESS", foot: null, region: null },
      { kind: null, foot: "LEFT", region: "BALL" },
    ];
    // Ranges with whole months (read from the roll-ups) and days at either end, or none.
    const spans = [["2026-03-06", "2026-03-10"], ["2026-04-01", "2026-04-09"], ["2026-01-01", "2026-11-27"], ["2026-03-08", "2026-04-05"], ["2026-02-15", "2026-11-03"], ["2026-03-01", "2026-04-30"], ["2026-03-08", "2026-03-08"]] as const;
    for (const [from, to] of spans) {
      const range = resolveRange({ range: "custom", from, to }, "2026-11-27", "2026-03-02");
      for (const buckets of [["day", "week"], ["week", "month"], ["month", "month"]] as [Bucket, Bucket][]) {
        for (const filter of filters) {
          const [fromEntries] = await figures(entryStatements, range, buckets, filter);
          const [fromSummary] = await figures(summaryStatements, range, buckets, filter);
          expect(comparable(fromSummary), `${from}–${to} ${buckets.join("/")} ${JSON.stringify(filter)}`).toEqual(comparable(fromEntries));
        }
      }
    }
  });
});

/** Floats to 9 places (the two divide in another order) and unordered lists sorted. */
function comparable(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(comparable).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, comparable(v)]));
  return value;
}

function round(value: number) {
  return Math.round(value * 100) / 100;
}

function sortHeat<T extends { foot: string; region: string }>(rows: T[]) {
  return [...rows].sort((a, b) => `${a.foot}${a.region}`.localeCompare(`${b.foot}${b.region}`));
}
