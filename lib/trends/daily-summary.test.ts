import { describe, expect, it } from "vitest";
import { updateDetails } from "../account/update-details";
import { db } from "../db/client";
import { FEET, OBSERVATION_KINDS, REGIONS, TEMPERATURE_SITES } from "../foot-health/vocabulary";
import { createEntry } from "../journal/create-entry";
import { ownerAccess } from "../journals/policy";
import { deleteEntry } from "../journal/delete-entry";
import { makeEntrySchema, type EntryFormValues } from "../journal/schemas";
import { updateEntry } from "../journal/update-entry";
import { createTestUser } from "../testing/factories";
import { addLocalDays } from "../time/calendar";
import { monthOf } from "./period-summary";

// The daily summary must always equal the aggregate over the raw rows. A seeded random walk of
// creates, edits (moving entries across days), deletes, time-zone changes and concurrent writes
// on two people's journals; after every step the three summary tables are compared with an
// aggregate computed here, in JavaScript, from the entries, observations and readings themselves;
// so are the monthly roll-ups (the walk's days cross a month's end).

const LATER = new Date("2026-12-01T12:00:00Z");
const ZONES = ["America/New_York", "Asia/Tokyo", "Europe/London", "Pacific/Kiritimati"];
const FIRST_DAY = "2026-02-24";
const DAYS = 18; // to 13 March: a month's end, three Mondays and New York's spring-forward day, 8 March
const KINDS = OBSERVATION_KINDS.filter((kind) => kind !== "OTHER");

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const pick = <T,>(values: readonly T[]): T => values[int(values.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

function randomCheck(random: Random): EntryFormValues {
  const places = new Set<string>();
  const observations = Array.from({ length: random.int(4) }, () => ({
    foot: random.pick(FEET),
    region: random.pick(REGIONS),
    kind: random.pick(KINDS),
    pain: random.next() < 0.5 ? String(random.int(11)) : "",
    customKind: "",
    note: "",
  })).filter((o) => !places.has(`${o.foot}${o.region}${o.kind}`) && places.add(`${o.foot}${o.region}${o.kind}`));
  const reading = () => (random.next() < 0.5 ? String((28 + random.int(60) / 10).toFixed(1)) : "");
  const sites = TEMPERATURE_SITES.slice(0, 2 + random.int(2));
  const temperatures = random.next() < 0.6 ? { LEFT: Object.fromEntries(sites.map((s) => [s, reading()])), RIGHT: Object.fromEntries(sites.map((s) => [s, reading()])) } : { LEFT: {}, RIGHT: {} };
  const care = random.next() < 0.3;
  return {
    date: addLocalDays(FIRST_DAY, random.int(DAYS)),
    // Late evening and early morning often land on another day in another zone.
    time: random.pick(["00:15", "01:30", "02:30", "09:00", "12:00", "22:45", "23:59"]),
    pain: String(random.int(11)),
    fatigue: "",
    observations,
    careKind: care ? "SELF" : "NONE",
    careMinutes: care ? "15" : "",
    lotionUsed: false,
    notes: "",
    photos: [],
    temperatures,
  } as unknown as EntryFormValues;
}

type Person = { id: string; timeZone: string };

async function step(random: Random, person: Person): Promise<void> {
  const ids = (await db().entry.findMany({ where: { userId: person.id }, select: { id: true }, orderBy: { id: "asc" } })).map((e) => e.id);
  const input = () => makeEntrySchema({ timeZone: person.timeZone, now: () => LATER }).parse(randomCheck(random));
  const roll = random.next();
  if (roll < 0.45 || ids.length === 0) await createEntry(ownerAccess(person.id), person.timeZone, input());
  else if (roll < 0.7) await updateEntry(ownerAccess(person.id), random.pick(ids), person.timeZone, input());
  else if (roll < 0.85) await deleteEntry(ownerAccess(person.id), random.pick(ids));
  else if (roll < 0.92) {
    person.timeZone = random.pick(ZONES.filter((zone) => zone !== person.timeZone));
    await updateDetails(person.id, { name: "Test Person", timeZone: person.timeZone });
  } else {
    // Several writes of one person at once, often on the same day.
    await Promise.all([
      createEntry(ownerAccess(person.id), person.timeZone, input()),
      createEntry(ownerAccess(person.id), person.timeZone, input()),
      ids.length > 0 ? updateEntry(ownerAccess(person.id), random.pick(ids), person.timeZone, input()) : Promise.resolve(),
    ]);
  }
}

const tenths = (value: { toString(): string }) => Math.round(Number(value.toString()) * 10);

/** The three summaries as they should be, computed from the raw rows. */
async function expectedSummary(userIds: string[]) {
  const entries = await db().entry.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, localDate: true, pain: true, careKind: true, observations: true, temperatures: true },
  });
  const days = new Map<string, { checks: number; painMax: number; painSum: number; careChecks: number }>();
  const observations = new Map<string, { count: number; painSum: number; painCount: number }>();
  const temperatures = new Map<string, { leftTenths: number; leftCount: number; rightTenths: number; rightCount: number; differenceTenths: number; differenceCount: number }>();
  for (const entry of entries) {
    const day = `${entry.userId}|${entry.localDate.toISOString().slice(0, 10)}`;
    const d = days.get(day) ?? { checks: 0, painMax: 0, painSum: 0, careChecks: 0 };
    days.set(day, { checks: d.checks + 1, painMax: Math.max(d.painMax, entry.pain), painSum: d.painSum + entry.pain, careChecks: d.careChecks + (entry.careKind === "NONE" ? 0 : 1) });
    for (const o of entry.observations) {
      const key = `${day}|${o.kind}|${o.foot}|${o.region}`;
      const s = observations.get(key) ?? { count: 0, painSum: 0, painCount: 0 };
      observations.set(key, { count: s.count + 1, painSum: s.painSum + (o.pain ?? 0), painCount: s.painCount + (o.pain === null ? 0 : 1) });
    }
    for (const site of new Set(entry.temperatures.map((t) => t.site))) {
      const left = entry.temperatures.find((t) => t.site === site && t.foot === "LEFT");
      const right = entry.temperatures.find((t) => t.site === site && t.foot === "RIGHT");
      const key = `${day}|${site}`;
      const s = temperatures.get(key) ?? { leftTenths: 0, leftCount: 0, rightTenths: 0, rightCount: 0, differenceTenths: 0, differenceCount: 0 };
      if (left) Object.assign(s, { leftTenths: s.leftTenths + tenths(left.celsius), leftCount: s.leftCount + 1 });
      if (right) Object.assign(s, { rightTenths: s.rightTenths + tenths(right.celsius), rightCount: s.rightCount + 1 });
      if (left && right) Object.assign(s, { differenceTenths: s.differenceTenths + tenths(left.celsius) - tenths(right.celsius), differenceCount: s.differenceCount + 1 });
      temperatures.set(key, s);
    }
  }
  return { days: Object.fromEntries(days), observations: Object.fromEntries(observations), temperatures: Object.fromEntries(temperatures), ...rolledUp(observations, temperatures) };
}

type Sums = Record<string, number>;
function addTo(map: Map<string, Sums>, key: string, values: Sums) {
  const sums = map.get(key) ?? Object.fromEntries(Object.keys(values).map((name) => [name, 0]));
  for (const [name, value] of Object.entries(values)) sums[name]! += value;
  map.set(key, sums);
}

/** The roll-ups as they should be: each month's (week's) days added up, a day once per place. */
function rolledUp(observations: Map<string, { count: number; painSum: number; painCount: number }>, temperatures: Map<string, Sums>) {
  const monthlyObservations = new Map<string, Sums>();
  const monthlyKinds = new Map<string, Sums>();
  const monthlyPlaces = new Map<string, Sums>();
  const placeDays = new Set<string>();
  for (const [key, sums] of observations) {
    const [userId, day, kind, foot, region] = key.split("|") as [string, string, string, string, string];
    addTo(monthlyObservations, `${userId}|${monthOf(day)}|${kind}|${foot}|${region}`, { days: 1, ...sums });
    addTo(monthlyKinds, `${userId}|${monthOf(day)}|${kind}`, { count: sums.count });
    const place = `${userId}|${monthOf(day)}|${foot}|${region}`;
    addTo(monthlyPlaces, place, { days: placeDays.has(`${place}|${day}`) ? 0 : 1, ...sums });
    placeDays.add(`${place}|${day}`);
  }
  const monthlyTemperatures = new Map<string, Sums>();
  for (const [key, sums] of temperatures) {
    const [userId, day, site] = key.split("|") as [string, string, string];
    addTo(monthlyTemperatures, `${userId}|${monthOf(day)}|${site}`, sums);
  }
  return { monthlyObservations: Object.fromEntries(monthlyObservations), monthlyKinds: Object.fromEntries(monthlyKinds), monthlyPlaces: Object.fromEntries(monthlyPlaces), monthlyTemperatures: Object.fromEntries(monthlyTemperatures) };
}

async function storedSummary(userIds: string[]) {
  const where = { userId: { in: userIds } };
  const day = (row: { userId: string; localDate: Date }) => `${row.userId}|${row.localDate.toISOString().slice(0, 10)}`;
  const [days, observations, temperatures, monthlyObservations, monthlyKinds, monthlyPlaces, monthlyTemperatures] = await Promise.all([
    db().dailySummary.findMany({ where }),
    db().dailyObservationSummary.findMany({ where }),
    db().dailyTemperatureSummary.findMany({ where }),
    db().monthlyObservationSummary.findMany({ where }),
    db().monthlyKindSummary.findMany({ where }),
    db().monthlyPlaceSummary.findMany({ where }),
    db().monthlyTemperatureSummary.findMany({ where }),
  ]);
  return {
    days: Object.fromEntries(days.map((r) => [day(r), { checks: r.checks, painMax: r.painMax, painSum: r.painSum, careChecks: r.careChecks }])),
    observations: Object.fromEntries(observations.map((r) => [`${day(r)}|${r.kind}|${r.foot}|${r.region}`, { count: r.count, painSum: r.painSum, painCount: r.painCount }])),
    temperatures: Object.fromEntries(temperatures.map(({ userId, localDate, site, ...sums }) => [`${day({ userId, localDate })}|${site}`, sums])),
    monthlyObservations: Object.fromEntries(monthlyObservations.map(({ userId, month, kind, foot, region, ...sums }) => [`${day({ userId, localDate: month })}|${kind}|${foot}|${region}`, sums])),
    monthlyKinds: Object.fromEntries(monthlyKinds.map(({ userId, month, kind, count }) => [`${day({ userId, localDate: month })}|${kind}`, { count }])),
    monthlyPlaces: Object.fromEntries(monthlyPlaces.map(({ userId, month, foot, region, ...sums }) => [`${day({ userId, localDate: month })}|${foot}|${region}`, sums])),
    monthlyTemperatures: Object.fromEntries(monthlyTemperatures.map(({ userId, month, site, ...sums }) => [`${day({ userId, localDate: month })}|${site}`, sums])),
  };
}

describe("the daily summary", () => {
  it("equals the aggregate over the raw rows after every random create, edit, delete, zone change and concurrent write", { timeout: 120_000 }, async () => {
    const random = generator(20261206);
    const people: Person[] = await Promise.all(ZONES.slice(0, 2).map(async (timeZone) => ({ id: (await createTestUser({ timeZone })).id, timeZone })));
    const ids = people.map((p) => p.id);
    const seen = { zoneChanges: 0, entries: 0 };
    for (let n = 0; n < 120; n++) {
      const person = random.pick(people);
      const zone = person.timeZone;
      await step(random, person);
      if (person.timeZone !== zone) seen.zoneChanges++;
      expect(await storedSummary(ids), `after step ${n}`).toEqual(await expectedSummary(ids));
    }
    seen.entries = await db().entry.count({ where: { userId: { in: ids } } });
    // The walk did what it is for: several zone changes, a journal left with days to compare.
    expect(seen.zoneChanges).toBeGreaterThanOrEqual(3);
    expect(seen.entries).toBeGreaterThan(20);
    expect(Object.keys((await storedSummary(ids)).temperatures).length).toBeGreaterThan(3);
  });

  it("goes with the account", async () => {
    const person = await createTestUser({ timeZone: "Europe/London" });
    await createEntry(ownerAccess(person.id), person.timeZone, makeEntrySchema({ timeZone: person.timeZone, now: () => LATER }).parse(randomCheck(generator(7))));
    expect(await db().dailySummary.count({ where: { userId: person.id } })).toBe(1);
    await db().user.delete({ where: { id: person.id } });
    expect(await db().dailySummary.count({ where: { userId: person.id } })).toBe(0);
  });
});
