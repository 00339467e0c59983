import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EnvError, parseEnv, photoStorageEnv } from "../env";
import { LocalDiskStorage } from "./local-disk-storage";
import { S3Storage } from "./s3-storage";
import { isValidStorageKey, newStorageKey, type PhotoStorage } from "./storage";

let folder: string;
let s3rver: S3rver;
let s3: S3Storage;
let local: LocalDiskStorage;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "footnote-photo-storage-"));
  local = new LocalDiskStorage(path.join(folder, "local"));
  // A real S3 API on loopback, on a free port, keeping its objects in the temporary folder.
  s3rver = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(folder, "s3"), configureBuckets: [{ name: "photos" }] });
  const { port } = await s3rver.run();
  s3 = new S3Storage({
    bucket: "photos",
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${port}`,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
});

afterAll(async () => {
  s3?.destroy();
  await s3rver?.close();
  await rm(folder, { recursive: true, force: true });
});

const jpeg = (text: string) => Buffer.from(`\xff\xd8\xff ${text}`, "latin1");

describe.each([
  ["local disk", () => local],
  ["S3 (s3rver)", () => s3],
] as const)("photo storage contract: %s", (_name, storageOf: () => PhotoStorage) => {
  it("gives back exactly what was put, and null for a key never put", async () => {
    const storage = storageOf();
    const key = newStorageKey();
    await storage.put(key, jpeg("one"), "image/jpeg");
    expect(await storage.get(key)).toEqual(jpeg("one"));
    expect(await storage.get(newStorageKey())).toBeNull();
  });

  it("replaces a file put again under the same key", async () => {
    const storage = storageOf();
    const key = newStorageKey();
    await storage.put(key, jpeg("first"), "image/jpeg");
    await storage.put(key, jpeg("second"), "image/jpeg");
    expect(await storage.get(key)).toEqual(jpeg("second"));
  });

  it("lists keys, all or by prefix", async () => {
    const storage = storageOf();
    await storage.put("contract/a/one.jpg", jpeg("1"), "image/jpeg");
    await storage.put("contract/a/two.jpg", jpeg("2"), "image/jpeg");
    await storage.put("contract/b/three.jpg", jpeg("3"), "image/jpeg");
    expect((await storage.list("contract/a/")).sort()).toEqual(["contract/a/one.jpg", "contract/a/two.jpg"]);
    expect(await storage.list()).toEqual(expect.arrayContaining(["contract/a/one.jpg", "contract/a/two.jpg", "contract/b/three.jpg"]));
    expect(await storage.list("nothing-here/")).toEqual([]);
  });

  it("deletes the keys given, and keys that do not exist are not an error", async () => {
    const storage = storageOf();
    const [kept, gone, other] = [newStorageKey(), newStorageKey(), newStorageKey()];
    await storage.put(kept, jpeg("kept"), "image/jpeg");
    await storage.put(gone, jpeg("gone"), "image/jpeg");
    await storage.put(other, jpeg("other"), "image/jpeg");
    await storage.delete([gone, other, newStorageKey()]);
    expect(await storage.get(gone)).toBeNull();
    expect(await storage.get(other)).toBeNull();
    expect(await storage.get(kept)).toEqual(jpeg("kept"));
    expect(await storage.list()).not.toContain(gone);
    await storage.delete([]);
  });

  it("refuses keys that could reach outside its storage", async () => {
    const storage = storageOf();
    for (const key of ["../outside.jpg", "a/../../outside.jpg", "/etc/passwd", "a//b.jpg", "A.JPG", "a\\b.jpg", "", "a/b.jpg/"]) {
      await expect(storage.put(key, jpeg("x"), "image/jpeg"), key).rejects.toThrow(/Invalid photo storage key/);
      await expect(storage.get(key), key).rejects.toThrow(/Invalid photo storage key/);
    }
  });
});

describe("storage keys", () => {
  it("are random, valid, and never repeat", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newStorageKey()));
    expect(keys.size).toBe(1000);
    for (const key of keys) expect(isValidStorageKey(key)).toBe(true);
    expect([...keys][0]).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.jpg$/);
  });
});

describe("local disk storage", () => {
  it("leaves no temporary file behind and keeps files inside its folder", async () => {
    const root = path.join(folder, "atomic");
    const storage: PhotoStorage = new LocalDiskStorage(root);
    const key = newStorageKey();
    await storage.put(key, jpeg("whole"), "image/jpeg");
    const [shard] = key.split("/");
    expect(await readdir(path.join(root, shard ?? ""))).toEqual([key.split("/")[1]]);
    expect(await storage.list()).toEqual([key]);
  });

  it("lists nothing before anything is stored", async () => {
    expect(await new LocalDiskStorage(path.join(folder, "never-created")).list()).toEqual([]);
  });
});

describe("photo storage settings", () => {
  it("default to local disk under DATA_DIR", () => {
    expect(photoStorageEnv(parseEnv({ DATA_DIR: "/srv/footnote" }))).toEqual({ driver: "local", dataDir: "/srv/footnote" });
  });

  it("with PHOTO_STORAGE=s3, name each missing setting", () => {
    expect(() => photoStorageEnv(parseEnv({ PHOTO_STORAGE: "s3", S3_ACCESS_KEY_ID: "key" }))).toThrow(EnvError);
    expect(() => photoStorageEnv(parseEnv({ PHOTO_STORAGE: "s3", S3_ACCESS_KEY_ID: "key" }))).toThrow(
      /S3_BUCKET: is required when PHOTO_STORAGE=s3\n\s+S3_SECRET_ACCESS_KEY: is required/,
    );
  });

  it("with PHOTO_STORAGE=s3 and everything set, describe the bucket", () => {
    const settings = photoStorageEnv(
      parseEnv({
        PHOTO_STORAGE: "s3",
        S3_BUCKET: "footnote-photos",
        S3_ENDPOINT: "http://127.0.0.1:9000",
        S3_ACCESS_KEY_ID: "key",
        S3_SECRET_ACCESS_KEY: "secret",
        S3_FORCE_PATH_STYLE: "true",
      }),
    );
    expect(settings).toEqual({
      driver: "s3",
      bucket: "footnote-photos",
      endpoint: "http://127.0.0.1:9000",
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "key", secretAccessKey: "secret" },
    });
  });

  it("refuses a malformed S3 setting by name", () => {
    expect(() => parseEnv({ PHOTO_STORAGE: "ftp" })).toThrow(/PHOTO_STORAGE/);
    expect(() => parseEnv({ S3_FORCE_PATH_STYLE: "maybe" })).toThrow(/S3_FORCE_PATH_STYLE: must be true or false/);
  });
});
