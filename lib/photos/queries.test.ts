import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { Foot, FootRegion } from "../generated/prisma/enums";
import { createTestUser } from "../testing/factories";
import { lastPhotoOfEachSpot, photosOfSpot, spotsWithPhotos } from "./queries";

async function entryWithPhoto(userId: string, day: string, pain: number, tags: { foot: Foot | null; region: FootRegion | null }) {
  const entry = await db().entry.create({
    data: { userId, recordedAt: new Date(`${day}T09:00:00Z`), localDate: new Date(`${day}T00:00:00Z`), timeZone: "Europe/London", pain },
  });
  const photo = await pendingPhoto(userId, tags, entry.id);
  return { entry, photo };
}

async function pendingPhoto(userId: string, tags: { foot: Foot | null; region: FootRegion | null }, entryId: string | null = null) {
  const id = randomUUID();
  return db().photo.create({
    data: { id, userId, entryId, storageKey: `test/${id}.jpg`, thumbnailKey: `test/${id}-t.jpg`, contentType: "image/jpeg", width: 4, height: 3, bytes: 1, ...tags },
  });
}

describe("photosOfSpot", () => {
  it("lists the user's saved photos of one spot, oldest first, with each day's pain", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    const heel = { foot: "LEFT", region: "HEEL" } as const;
    const later = await entryWithPhoto(ann.id, "2026-03-10", 3, heel);
    const first = await entryWithPhoto(ann.id, "2026-02-01", 7, heel);
    await entryWithPhoto(ann.id, "2026-02-15", 5, { foot: "RIGHT", region: "HEEL" });
    await entryWithPhoto(ann.id, "2026-02-16", 5, { foot: "LEFT", region: null });
    await pendingPhoto(ann.id, heel);
    await entryWithPhoto(bob.id, "2026-02-20", 9, heel);

    const photos = await photosOfSpot(ann.id, "LEFT", "HEEL");
    expect(photos.map((photo) => [photo.id, photo.localDate, photo.pain])).toEqual([
      [first.photo.id, "2026-02-01", 7],
      [later.photo.id, "2026-03-10", 3],
    ]);
    expect(photos[0]).toMatchObject({ url: `/api/photos/${first.photo.id}`, recordedAt: new Date("2026-02-01T09:00:00Z") });
    expect(await photosOfSpot(bob.id, "RIGHT", "HEEL")).toEqual([]);
  });
});

describe("spotsWithPhotos and lastPhotoOfEachSpot", () => {
  it("summarise the user's tagged spots and point at the latest photo of each", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    await entryWithPhoto(ann.id, "2026-02-01", 7, { foot: "LEFT", region: "HEEL" });
    const latest = await entryWithPhoto(ann.id, "2026-03-01", 2, { foot: "LEFT", region: "HEEL" });
    const toes = await entryWithPhoto(ann.id, "2026-02-10", 2, { foot: "RIGHT", region: "TOES" });
    await pendingPhoto(ann.id, { foot: "RIGHT", region: "ARCH" });
    await entryWithPhoto(bob.id, "2026-03-05", 1, { foot: "LEFT", region: "HEEL" });

    expect(await spotsWithPhotos(ann.id)).toEqual([
      { foot: "LEFT", region: "HEEL", count: 2 },
      { foot: "RIGHT", region: "TOES", count: 1 },
    ]);
    expect(await lastPhotoOfEachSpot(ann.id)).toEqual({
      "LEFT:HEEL": `/api/photos/${latest.photo.id}`,
      "RIGHT:TOES": `/api/photos/${toes.photo.id}`,
    });
    expect(await lastPhotoOfEachSpot(ann.id, { exceptEntryId: toes.entry.id })).not.toHaveProperty("RIGHT:TOES");
  });
});
