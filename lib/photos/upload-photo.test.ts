import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import exifr from "exifr";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { createTestUser } from "../testing/factories";
import { AppError } from "../app-error";
import { UNSUPPORTED_TYPE_MESSAGE } from "./errors";
import { LocalDiskStorage } from "./local-disk-storage";
import { TOO_MANY_PIXELS_MESSAGE } from "./errors";
import { readPhotoForUser } from "./read-photo";
import { MAX_PENDING_PHOTOS_PER_USER, MAX_PHOTOS_PER_ENTRY } from "./schemas";
import type { PhotoStorage } from "./storage";
import { phoneJpeg, pngBomb } from "../testing/images";
import { readPhotoUploadForm } from "./upload-form";
import {
  attachPhotosToEntry,
  deletePhotos,
  deletePhotosOfEntry,
  PENDING_PHOTO_LIFETIME_MS,
  removeStalePendingPhotos,
  updatePhotoTags,
  uploadPhoto,
} from "./upload-photo";
import { ownerAccess } from "../journals/policy";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "footnote-photos-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Each test gets its own empty storage folder. */
function freshStorage(): LocalDiskStorage {
  return new LocalDiskStorage(path.join(folder, randomUUID()));
}

/** A storage whose puts fail from the `failFrom`-th call on (1-based). */
function failingStorage(inner: PhotoStorage, failFrom: number): PhotoStorage {
  let calls = 0;
  return {
    put: async (key, bytes, contentType) => {
      calls += 1;
      if (calls >= failFrom) throw new Error("disk full");
      await inner.put(key, bytes, contentType);
    },
    get: (key) => inner.get(key),
    delete: (keys) => inner.delete(keys),
    list: (prefix) => inner.list(prefix),
  };
}

async function createEntry(userId: string, recordedAt = new Date("2026-03-08T09:15:00Z"), pain = 4) {
  return db().entry.create({
    data: { userId, recordedAt, localDate: new Date(`${recordedAt.toISOString().slice(0, 10)}T00:00:00Z`), timeZone: "Europe/London", pain },
  });
}

async function smallJpeg(colour = "#884422") {
  return sharp({ create: { width: 60, height: 40, channels: 3, background: colour } }).jpeg().toBuffer();
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("uploadPhoto", () => {
  it("stores a re-encoded photo and its thumbnail without any metadata, as a pending photo", async () => {
    const ann = await createTestUser();
    const storage = freshStorage();
    const input = await phoneJpeg({ width: 400, height: 300, orientation: 6 });
    expect(await exifr.gps(input)).toBeDefined();

    const photo = await uploadPhoto(ownerAccess(ann.id), input, { foot: "LEFT", region: "HEEL", caption: "  After the walk " }, { storage });
    expect(photo).toMatchObject({ width: 300, height: 400, foot: "LEFT", region: "HEEL", caption: "After the walk" });
    expect(photo.url).toBe(`/api/photos/${photo.id}`);
    expect(photo.thumbnailUrl).toBe(`/api/photos/${photo.id}?size=thumb`);

    const row = await db().photo.findUniqueOrThrow({ where: { id: photo.id } });
    expect(row).toMatchObject({ userId: ann.id, entryId: null, contentType: "image/jpeg", width: 300, height: 400 });
    expect(row.storageKey).not.toBe(row.thumbnailKey);
    expect(row.storageKey).not.toContain(ann.id);
    expect((await storage.list()).sort()).toEqual([row.storageKey, row.thumbnailKey].sort());

    // What is stored, read back from storage: nothing of the phone's metadata is left.
    for (const key of [row.storageKey, row.thumbnailKey]) {
      const stored = await storage.get(key);
      expect(stored).not.toBeNull();
      const bytes = stored as Buffer;
      expect(await exifr.parse(bytes, { tiff: true, exif: true, gps: true, icc: true, xmp: true, iptc: true, mergeOutput: false })).toBeUndefined();
      const metadata = await sharp(bytes).metadata();
      expect([metadata.exif, metadata.icc, metadata.xmp, metadata.iptc, metadata.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    }
    const full = await sharp((await storage.get(row.storageKey)) as Buffer).metadata();
    expect([full.width, full.height]).toEqual([300, 400]);
    expect(row.bytes).toBe(((await storage.get(row.storageKey)) as Buffer).length);
  });

  it("refuses a decompression bomb and stores nothing", async () => {
    const ann = await createTestUser();
    const storage = freshStorage();
    const error = await rejection(uploadPhoto(ownerAccess(ann.id), pngBomb(), {}, { storage }));
    expect(error.message).toBe(TOO_MANY_PIXELS_MESSAGE);
    expect(await storage.list()).toEqual([]);
    expect(await db().photo.count({ where: { userId: ann.id } })).toBe(0);
  });

  it("judges a file by its bytes: a text file named photo.jpg is refused, a PNG named notes.txt accepted", async () => {
    const ann = await createTestUser();
    const storage = freshStorage();

    const textForm = new FormData();
    textForm.set("file", new File(["My heel hurt after the walk."], "photo.jpg", { type: "image/jpeg" }));
    const text = await readPhotoUploadForm(textForm);
    if (!text.ok) throw new Error(text.error);
    expect((await rejection(uploadPhoto(ownerAccess(ann.id), text.bytes, text.tags, { storage }))).message).toBe(UNSUPPORTED_TYPE_MESSAGE);

    const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: "#3a6" } }).png().toBuffer();
    const pngForm = new FormData();
    pngForm.set("file", new File([new Uint8Array(png)], "notes.txt", { type: "text/plain" }));
    pngForm.set("foot", "RIGHT");
    const upload = await readPhotoUploadForm(pngForm);
    if (!upload.ok) throw new Error(upload.error);
    const photo = await uploadPhoto(ownerAccess(ann.id), upload.bytes, upload.tags, { storage });
    expect(photo).toMatchObject({ width: 30, height: 20, foot: "RIGHT", region: null });
    expect(await storage.list()).toHaveLength(2);
  });

  it("leaves no file and no row when storing fails", async () => {
    const ann = await createTestUser();
    for (const failFrom of [1, 2]) {
      const storage = freshStorage();
      await expect(uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage: failingStorage(storage, failFrom) })).rejects.toThrow("disk full");
      expect(await storage.list()).toEqual([]);
    }
    expect(await db().photo.count({ where: { userId: ann.id } })).toBe(0);
  });

  it("leaves no file when the row cannot be recorded", async () => {
    const storage = freshStorage();
    // No such user: the foreign key refuses the insert after both files were stored.
    await expect(uploadPhoto(ownerAccess("no-such-user"), await smallJpeg(), {}, { storage })).rejects.toThrow();
    expect(await storage.list()).toEqual([]);
  });

  it("limits the photos waiting for an entry", async () => {
    const ann = await createTestUser();
    await db().photo.createMany({
      data: Array.from({ length: MAX_PENDING_PHOTOS_PER_USER }, () => ({
        userId: ann.id,
        storageKey: `test/${randomUUID()}.jpg`,
        thumbnailKey: `test/${randomUUID()}.jpg`,
        contentType: "image/jpeg",
        width: 1,
        height: 1,
        bytes: 1,
      })),
    });
    const storage = freshStorage();
    const error = await rejection(uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage }));
    expect(error.message).toBe("errors.tooManyUnsavedPhotos?max=30");
    expect(await storage.list()).toEqual([]);
  });

  it("removes the user's own abandoned uploads after a day, rows and files, and nothing else", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    const storage = freshStorage();
    const abandoned = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage });
    const saved = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage });
    const entry = await createEntry(ann.id);
    await db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, entry.id, [saved.id]));
    const bobs = await uploadPhoto(ownerAccess(bob.id), await smallJpeg(), {}, { storage });

    const tomorrow = new Date(Date.now() + PENDING_PHOTO_LIFETIME_MS + 60_000);
    const fresh = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage, now: tomorrow });

    const remaining = await db().photo.findMany({ where: { userId: { in: [ann.id, bob.id] } }, select: { id: true } });
    expect(remaining.map((photo) => photo.id).sort()).toEqual([saved.id, bobs.id, fresh.id].sort());
    expect(await storage.list()).toHaveLength(6);
    expect(await readPhotoForUser(ann.id, abandoned.id, "full", { storage })).toBeNull();
    expect(await removeStalePendingPhotos(ann.id, { storage })).toBe(0);
  });
});

describe("readPhotoForUser", () => {
  it("gives the owner the photo or its thumbnail, and anyone else nothing", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    const storage = freshStorage();
    const photo = await uploadPhoto(ownerAccess(ann.id), await phoneJpeg({ width: 800, height: 600 }), {}, { storage });

    const full = await readPhotoForUser(ann.id, photo.id, "full", { storage });
    const thumb = await readPhotoForUser(ann.id, photo.id, "thumb", { storage });
    expect(full?.contentType).toBe("image/jpeg");
    expect((await sharp(full?.bytes).metadata()).width).toBe(800);
    expect((await sharp(thumb?.bytes).metadata()).width).toBe(320);
    expect(full?.etag).not.toBe(thumb?.etag);

    expect(await readPhotoForUser(bob.id, photo.id, "full", { storage })).toBeNull();
    expect(await readPhotoForUser(bob.id, photo.id, "thumb", { storage })).toBeNull();
    expect(await readPhotoForUser(ann.id, "no-such-photo", "full", { storage })).toBeNull();
  });
});

describe("attachPhotosToEntry", () => {
  it("puts the user's pending photos on the entry with their tags", async () => {
    const ann = await createTestUser();
    const storage = freshStorage();
    const [one, two] = [await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage }), await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), { caption: "kept" }, { storage })];
    const entry = await createEntry(ann.id);
    await db().$transaction((tx) =>
      attachPhotosToEntry(tx, ann.id, entry.id, [{ id: one.id, foot: "RIGHT", region: "BALL", caption: " red patch " }, two.id]),
    );
    const rows = await db().photo.findMany({ where: { entryId: entry.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.id, row.foot, row.region, row.caption])).toEqual([
      [one.id, "RIGHT", "BALL", "red patch"],
      [two.id, null, null, "kept"],
    ]);
    // Saving the entry again with the same photos is fine.
    await db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, entry.id, [one.id, two.id]));
  });

  it("refuses another user's photos, and the whole transaction rolls back", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    const storage = freshStorage();
    const mine = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage });
    const bobs = await uploadPhoto(ownerAccess(bob.id), await smallJpeg(), {}, { storage });

    const error = await rejection(
      db().$transaction(async (tx) => {
        const entry = await tx.entry.create({
          data: { userId: ann.id, recordedAt: new Date(), localDate: new Date("2026-03-09T00:00:00Z"), timeZone: "UTC", pain: 2 },
        });
        await attachPhotosToEntry(tx, ann.id, entry.id, [mine.id, bobs.id]);
      }),
    );
    expect(error.message).toBe("errors.photosGone");
    expect(await db().entry.count({ where: { userId: ann.id } })).toBe(0);
    expect((await db().photo.findUniqueOrThrow({ where: { id: mine.id } })).entryId).toBeNull();
    expect((await db().photo.findUniqueOrThrow({ where: { id: bobs.id } })).entryId).toBeNull();
  });

  it("refuses a photo already on another entry, and an entry that is not the user's", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    const storage = freshStorage();
    const photo = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage });
    const [first, second] = [await createEntry(ann.id), await createEntry(ann.id)];
    await db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, first.id, [photo.id]));
    await rejection(db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, second.id, [photo.id])));

    const bobsEntry = await createEntry(bob.id);
    const other = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage });
    expect((await rejection(db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, bobsEntry.id, [other.id])))).status).toBe(404);
  });

  it(`refuses more than ${MAX_PHOTOS_PER_ENTRY} photos on one entry`, async () => {
    const ann = await createTestUser();
    const entry = await createEntry(ann.id);
    const pending = async (count: number) => {
      const ids = Array.from({ length: count }, () => randomUUID());
      await db().photo.createMany({
        data: ids.map((id) => ({ id, userId: ann.id, storageKey: `test/${id}.jpg`, thumbnailKey: `test/${id}-t.jpg`, contentType: "image/jpeg", width: 1, height: 1, bytes: 1 })),
      });
      return ids;
    };

    const eleven = await pending(11);
    const error = await rejection(db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, entry.id, eleven)));
    expect(error.message).toBe(`errors.tooManyPhotosToSave?max=${MAX_PHOTOS_PER_ENTRY}`);

    // Eight already on the entry, three more in a later save: eleven in all.
    await db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, entry.id, eleven.slice(0, 8)));
    await rejection(db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, entry.id, eleven.slice(8))));
    expect(await db().photo.count({ where: { entryId: entry.id } })).toBe(8);

    await db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, entry.id, eleven.slice(8, 10)));
    expect(await db().photo.count({ where: { entryId: entry.id } })).toBe(10);
  });
});

describe("changing and deleting photos", () => {
  it("updates tags of the user's own photo only", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    const photo = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), { foot: "LEFT" }, { storage: freshStorage() });
    expect(await updatePhotoTags(ownerAccess(bob.id), photo.id, { foot: "RIGHT", region: "TOES", caption: "mine now" })).toBeNull();
    expect(await updatePhotoTags(ownerAccess(ann.id), photo.id, { foot: "RIGHT", region: "TOES", caption: "Toes" })).toMatchObject({ foot: "RIGHT", region: "TOES", caption: "Toes" });
    await expect(updatePhotoTags(ownerAccess(ann.id), photo.id, { caption: "x".repeat(201) })).rejects.toThrow(/at most 200 characters/);
  });

  it("deletes the user's own photos with their files, never another's", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    const storage = freshStorage();
    const mine = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage });
    const bobs = await uploadPhoto(ownerAccess(bob.id), await smallJpeg(), {}, { storage });
    expect(await deletePhotos(ownerAccess(ann.id), [bobs.id], { storage })).toBe(0);
    expect(await deletePhotos(ownerAccess(ann.id), [mine.id, bobs.id], { storage })).toBe(1);
    expect(await db().photo.count({ where: { id: { in: [mine.id, bobs.id] } } })).toBe(1);
    expect(await storage.list()).toHaveLength(2);
    expect(await readPhotoForUser(bob.id, bobs.id, "full", { storage })).not.toBeNull();
  });

  it("gives the keys of an entry's photos to delete after the entry's transaction", async () => {
    const ann = await createTestUser();
    const storage = freshStorage();
    const photo = await uploadPhoto(ownerAccess(ann.id), await smallJpeg(), {}, { storage });
    const entry = await createEntry(ann.id);
    await db().$transaction((tx) => attachPhotosToEntry(tx, ann.id, entry.id, [photo.id]));
    const keys = await db().$transaction(async (tx) => {
      const removed = await deletePhotosOfEntry(tx, ann.id, entry.id);
      await tx.entry.delete({ where: { id: entry.id } });
      return removed;
    });
    expect(keys.sort()).toEqual((await storage.list()).sort());
    expect(await db().photo.count({ where: { id: photo.id } })).toBe(0);
  });
});
