import { readMessage } from "../i18n/read-message";
import { describe, expect, it } from "vitest";
import { AppError } from "../app-error";
import { db } from "../db/client";
import { photoStorage } from "../photos/photo-storage";
import { phoneJpeg } from "../testing/images";
import { uploadPhoto } from "../photos/upload-photo";
import { createTestUser } from "../testing/factories";
import { fromDateColumn } from "../time/local-day";
import { createEntry } from "./create-entry";
import { deleteEntry } from "./delete-entry";
import { findEntry, listEntries } from "./queries";
import { entryFiltersSchema, makeEntrySchema, type EntryFormValues } from "./schemas";
import { markHealed, unmarkHealed } from "./mark-healed";
import { updateEntry } from "./update-entry";
import { ownerAccess } from "../journals/policy";

const NEW_YORK = "America/New_York";

function entryInput(values: Partial<EntryFormValues> = {}, timeZone = NEW_YORK) {
  return makeEntrySchema({ timeZone }).parse({
    date: "2026-03-07",
    time: "23:30",
    pain: "4",
    fatigue: "",
    observations: [
      { foot: "LEFT", region: "HEEL", kind: "REDNESS", pain: "5", note: "warm to touch" },
      { foot: "RIGHT", region: "TOENAILS", kind: "YELLOWISH_TOENAIL", pain: "" },
    ],
    careKind: "SELF",
    careMinutes: "10",
    lotionUsed: true,
    temperatures: { LEFT: { HALLUX: "31.4", HEEL: "30.2" }, RIGHT: { HEEL: "30.9" } },
    notes: "Walked a lot yesterday.",
    photos: [],
    ...values,
  });
}

async function storedKeys(): Promise<Set<string>> {
  return new Set(await photoStorage().list());
}

describe("journal entries", () => {
  it("saves an entry on the local day of its zone, with its observations in order and its photo", async () => {
    const user = await createTestUser({ timeZone: NEW_YORK });
    const photo = await uploadPhoto(ownerAccess(user.id), await phoneJpeg());
    const { id } = await createEntry(ownerAccess(user.id), NEW_YORK, entryInput({ photos: [{ id: photo.id, foot: "LEFT", region: "HEEL", caption: "the red patch" }] }));

    const entry = await findEntry(user.id, id);
    expect(entry?.recordedAt.toISOString()).toBe("2026-03-08T04:30:00.000Z");
    expect(fromDateColumn(entry!.localDate)).toBe("2026-03-07");
    expect(entry?.timeZone).toBe(NEW_YORK);
    expect(entry?.observations.map((o) => [o.position, o.foot, o.region, o.kind, o.pain])).toEqual([
      [0, "LEFT", "HEEL", "REDNESS", 5],
      [1, "RIGHT", "TOENAILS", "YELLOWISH_TOENAIL", null],
    ]);
    expect(entry?.observations.every((o) => o.userId === user.id)).toBe(true);
    // Either foot may be partial: the readings given, each with its spot, foot and the user's id.
    expect(entry?.temperatures.map((reading) => [reading.foot, reading.site, reading.celsius.toNumber()])).toEqual([
      ["LEFT", "HALLUX", 31.4],
      ["LEFT", "HEEL", 30.2],
      ["RIGHT", "HEEL", 30.9],
    ]);
    expect(await db().temperatureReading.count({ where: { entryId: id, userId: user.id } })).toBe(3);
    expect(entry?.photos).toEqual([expect.objectContaining({ id: photo.id, foot: "LEFT", region: "HEEL", caption: "the red patch" })]);
  });

  it("saves nothing when a photo is not the user's: no entry, no observations, the photo untouched", async () => {
    const ann = await createTestUser();
    const bob = await createTestUser();
    const bobsPhoto = await uploadPhoto(ownerAccess(bob.id), await phoneJpeg());
    const before = await db().entry.count({ where: { userId: ann.id } });

    const error = await createEntry(ownerAccess(ann.id), NEW_YORK, entryInput({ photos: [{ id: bobsPhoto.id }] })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ field: "photos" });
    expect(await db().entry.count({ where: { userId: ann.id } })).toBe(before);
    expect(await db().observation.count({ where: { userId: ann.id } })).toBe(0);
    expect(await db().photo.findUnique({ where: { id: bobsPhoto.id } })).toMatchObject({ userId: bob.id, entryId: null });
  });

  it("edits replace the observations, and a photo taken off is deleted with its files", async () => {
    const user = await createTestUser();
    const [keep, drop] = [await uploadPhoto(ownerAccess(user.id), await phoneJpeg()), await uploadPhoto(ownerAccess(user.id), await phoneJpeg())];
    const { id } = await createEntry(ownerAccess(user.id), NEW_YORK, entryInput({ photos: [{ id: keep.id }, { id: drop.id }] }));
    const dropRow = await db().photo.findUniqueOrThrow({ where: { id: drop.id } });

    await updateEntry(ownerAccess(user.id), id, NEW_YORK, entryInput({ pain: "2", observations: [{ foot: "RIGHT", region: "ARCH", kind: "OTHER", customKind: "a dull ache", pain: "2" }], photos: [{ id: keep.id }] }));
    const entry = await findEntry(user.id, id);
    expect(entry?.pain).toBe(2);
    expect(entry?.observations.map((o) => [o.region, o.kind, o.customKind])).toEqual([["ARCH", "OTHER", "a dull ache"]]);
    expect(entry?.photos.map((p) => p.id)).toEqual([keep.id]);
    expect(await db().photo.findUnique({ where: { id: drop.id } })).toBeNull();
    const keys = await storedKeys();
    expect(keys.has(dropRow.storageKey)).toBe(false);
    expect(keys.has(dropRow.thumbnailKey)).toBe(false);
  });

  it("another user can neither read, edit nor delete an entry", async () => {
    const ann = await createTestUser();
    const bob = await createTestUser();
    const { id } = await createEntry(ownerAccess(ann.id), NEW_YORK, entryInput());
    expect(await findEntry(bob.id, id)).toBeNull();
    await expect(updateEntry(ownerAccess(bob.id), id, NEW_YORK, entryInput({ pain: "9" }))).rejects.toThrow(AppError);
    expect(await deleteEntry(ownerAccess(bob.id), id)).toBe(false);
    expect((await findEntry(ann.id, id))?.pain).toBe(4);
  });

  it("deleting an entry removes its observations, photo rows and stored files", async () => {
    const user = await createTestUser();
    const photo = await uploadPhoto(ownerAccess(user.id), await phoneJpeg());
    const { id } = await createEntry(ownerAccess(user.id), NEW_YORK, entryInput({ photos: [{ id: photo.id }] }));
    const row = await db().photo.findUniqueOrThrow({ where: { id: photo.id } });

    expect(await deleteEntry(ownerAccess(user.id), id)).toBe(true);
    expect(await db().entry.count({ where: { id } })).toBe(0);
    expect(await db().observation.count({ where: { entryId: id } })).toBe(0);
    expect(await db().photo.count({ where: { id: photo.id } })).toBe(0);
    const keys = await storedKeys();
    expect(keys.has(row.storageKey) || keys.has(row.thumbnailKey)).toBe(false);
  });
});

describe("journal list", () => {
  it("groups by local day newest first, filters, pages with a cursor, and shows only the user's entries", async () => {
    const user = await createTestUser({ timeZone: NEW_YORK });
    const other = await createTestUser();
    await createEntry(ownerAccess(other.id), NEW_YORK, entryInput({ date: "2026-03-05" }));
    for (const [date, time, pain, region] of [
      ["2026-03-01", "08:00", "2", "HEEL"],
      ["2026-03-01", "21:00", "6", "ARCH"],
      ["2026-03-02", "07:30", "8", "HEEL"],
      ["2026-03-03", "23:59", "1", "TOES"],
    ] as const) {
      await createEntry(ownerAccess(user.id), NEW_YORK, entryInput({ date, time, pain, observations: [{ foot: "LEFT", region, kind: "SWELLING", pain: "" }] }));
    }
    const all = await listEntries(user.id, entryFiltersSchema.parse({}));
    expect(all.days.map((day) => [day.localDate, day.entries.map((e) => e.pain)])).toEqual([
      ["2026-03-03", [1]],
      ["2026-03-02", [8]],
      ["2026-03-01", [6, 2]],
    ]);
    expect(all.nextCursor).toBeNull();

    const heel = await listEntries(user.id, entryFiltersSchema.parse({ region: "HEEL", foot: "LEFT", kind: "SWELLING" }));
    expect(heel.days.flatMap((day) => day.entries.map((e) => e.pain))).toEqual([8, 2]);
    const painful = await listEntries(user.id, entryFiltersSchema.parse({ minPain: "6", from: "2026-03-01", to: "2026-03-01" }));
    expect(painful.days.flatMap((day) => day.entries.map((e) => e.pain))).toEqual([6]);
    const junk = entryFiltersSchema.parse({ region: "ELBOW", minPain: "eleven", from: "yesterday" });
    expect(junk).toMatchObject({ region: null, minPain: null, from: null });
  });

  it("pages through more than one page without repeating or losing an entry", async () => {
    const user = await createTestUser();
    for (let day = 1; day <= 25; day++) {
      await createEntry(ownerAccess(user.id), NEW_YORK, entryInput({ date: `2026-01-${String(day).padStart(2, "0")}`, time: "09:00", observations: [] }));
    }
    const first = await listEntries(user.id, entryFiltersSchema.parse({}));
    const second = await listEntries(user.id, entryFiltersSchema.parse({ cursor: first.nextCursor }));
    const dates = [...first.days, ...second.days].map((day) => day.localDate);
    expect(dates).toHaveLength(25);
    expect(new Set(dates).size).toBe(25);
    expect(dates[0]).toBe("2026-01-25");
    expect(second.nextCursor).toBeNull();
  });
});

describe("entry schema", () => {
  const schema = makeEntrySchema({ timeZone: NEW_YORK, now: () => new Date("2026-03-08T12:00:00Z") });
  const base = { date: "2026-03-08", time: "07:00", pain: "3", observations: [], careKind: "NONE", notes: "", photos: [] };
  const fieldErrors = (values: object) => {
    const result = schema.safeParse({ ...base, ...values });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), readMessage(issue.message, "en")]));
  };

  it("accepts a plain check and computes its instant in the zone", () => {
    expect(schema.parse(base).recordedAt.toISOString()).toBe("2026-03-08T11:00:00.000Z");
  });

  it("rejects each bad value at its own field", () => {
    expect(fieldErrors({ time: "09:00" })).toEqual({ time: "The date and time can't be in the future" });
    expect(fieldErrors({ pain: "11" })).toEqual({ pain: "Choose a number from 0 to 10" });
    expect(fieldErrors({ pain: null })).toEqual({ pain: "Choose a number from 0 to 10" });
    expect(fieldErrors({ observations: [{ foot: "LEFT", region: "ELBOW", kind: "REDNESS" }] })).toEqual({ "observations.0.region": "Choose where on the foot" });
    expect(fieldErrors({ observations: [{ foot: "LEFT", region: "HEEL", kind: "GANGRENE" }] })).toEqual({ "observations.0.kind": "Choose what you noticed" });
    expect(fieldErrors({ observations: [{ foot: "LEFT", region: "HEEL", kind: "OTHER", customKind: " " }] })).toEqual({ "observations.0.customKind": "Describe what you noticed" });
    expect(fieldErrors({ notes: "x".repeat(5001) })).toEqual({ notes: "Notes can be at most 5,000 characters" });
    expect(fieldErrors({ careKind: "SELF", careMinutes: "" })).toEqual({ careMinutes: "Enter how many minutes (1–240)" });
    expect(fieldErrors({ careKind: "SELF", careMinutes: "300" })).toEqual({ careMinutes: "Between 1 and 240 minutes" });
    expect(fieldErrors({ temperatures: { LEFT: { HEEL: "55" }, RIGHT: {} } })).toEqual({ "temperatures.LEFT.HEEL": "Enter a skin temperature between 15 and 42 °C" });
    expect(fieldErrors({ photos: Array.from({ length: 11 }, (_, index) => ({ id: `p${index}` })) })).toEqual({ photos: "At most 10 photos in one entry" });
  });
});

describe("healed", () => {
  it("marks the user's own observations healed, by whom and when; another user's ids are not found; undo takes it back", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const { id } = await createEntry(ownerAccess(user.id), NEW_YORK, entryInput());
    const [redness] = (await findEntry(user.id, id))!.observations;
    const healedAt = new Date("2026-03-09T12:00:00Z");

    await expect(markHealed(ownerAccess(other.id), { observationIds: [redness!.id] }, healedAt)).rejects.toMatchObject({ status: 404 });
    expect(await markHealed(ownerAccess(user.id), { observationIds: [redness!.id] }, healedAt)).toBe(1);
    expect(await markHealed(ownerAccess(user.id), { observationIds: [redness!.id] }, healedAt)).toBe(0);
    expect(await db().observation.findUniqueOrThrow({ where: { id: redness!.id } })).toMatchObject({ healedAt, healedById: user.id });

    await expect(unmarkHealed(ownerAccess(other.id), { observationIds: [redness!.id] })).rejects.toMatchObject({ status: 404 });
    expect(await unmarkHealed(ownerAccess(user.id), { observationIds: [redness!.id] })).toBe(1);
    expect(await db().observation.findUniqueOrThrow({ where: { id: redness!.id } })).toMatchObject({ healedAt: null, healedById: null });
  });

  it("keeps a heal mark when the entry is edited and still notes it, and drops it with the observation", async () => {
    const user = await createTestUser();
    const { id } = await createEntry(ownerAccess(user.id), NEW_YORK, entryInput());
    const redness = (await findEntry(user.id, id))!.observations[0]!;
    const healedAt = new Date("2026-03-09T12:00:00Z");
    await markHealed(ownerAccess(user.id), { observationIds: [redness.id] }, healedAt);

    await updateEntry(ownerAccess(user.id), id, NEW_YORK, entryInput({ notes: "Edited." }));
    expect((await findEntry(user.id, id))!.observations.map((o) => [o.kind, o.healedAt])).toEqual([
      ["REDNESS", healedAt],
      ["YELLOWISH_TOENAIL", null],
    ]);
    await updateEntry(ownerAccess(user.id), id, NEW_YORK, entryInput({ observations: [{ foot: "RIGHT", region: "TOENAILS", kind: "YELLOWISH_TOENAIL", pain: "" }] }));
    expect((await findEntry(user.id, id))!.observations.map((o) => o.healedAt)).toEqual([null]);
  });
});
