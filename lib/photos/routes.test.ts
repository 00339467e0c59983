import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE, GET, PATCH } from "@/app/api/photos/[id]/route";
import { POST } from "@/app/api/photos/route";
import { db } from "../db/client";
import { createTestUser } from "../testing/factories";
import { readMessage } from "../i18n/read-message";
import { insteadOf, UNSUPPORTED_TYPE_MESSAGE } from "./errors";
import { LocalDiskStorage } from "./local-disk-storage";
import { MAX_UPLOAD_REQUEST_BYTES, type PhotoView } from "./schemas";

// The route handlers as the app runs them, with the signed-in user and the storage folder set by
// the test (next-auth's session needs a Next.js request, which a unit test does not have).
const signedIn = vi.hoisted(() => ({ user: null as { id: string } | null, storage: null as unknown }));
vi.mock("../auth/current-user", () => ({ getCurrentUser: async () => signedIn.user }));
// No journal chosen in the switcher: the signed-in person's own is open.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));
vi.mock("./photo-storage", () => ({ photoStorage: () => signedIn.storage }));

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "footnote-photo-routes-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
beforeEach(() => {
  signedIn.user = null;
  signedIn.storage = new LocalDiskStorage(path.join(folder, crypto.randomUUID()));
});

const ORIGIN = "http://localhost:3000";

async function uploadRequest(file: Blob, fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", file, "IMG_0001.jpg");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return new Request(`${ORIGIN}/api/photos`, { method: "POST", body: form, headers: { host: "localhost:3000", origin: ORIGIN, ...headers } });
}

const jpeg = async () => new Blob([new Uint8Array(await sharp({ create: { width: 80, height: 60, channels: 3, background: "#a52" } }).jpeg().toBuffer())]);
const context = (id: string) => ({ params: Promise.resolve({ id }) });

describe("POST /api/photos", () => {
  it("stores a photo for the signed-in user and answers 201 with its URLs", async () => {
    const ann = await createTestUser();
    signedIn.user = ann;
    const response = await POST(await uploadRequest(await jpeg(), { foot: "LEFT", region: "ARCH", caption: "Arch" }));
    expect(response.status).toBe(201);
    const photo = (await response.json()) as PhotoView;
    expect(photo).toMatchObject({ width: 80, height: 60, foot: "LEFT", region: "ARCH", caption: "Arch", url: `/api/photos/${photo.id}`, thumbnailUrl: `/api/photos/${photo.id}?size=thumb` });
    expect(await db().photo.count({ where: { userId: ann.id, entryId: null } })).toBe(1);
  });

  it("refuses other sites, signed-out requests, oversized bodies and bad tags with JSON messages", async () => {
    expect((await POST(await uploadRequest(await jpeg(), {}, { origin: "https://evil.example" }))).status).toBe(403);
    const signedOut = await POST(await uploadRequest(await jpeg()));
    expect(signedOut.status).toBe(401);
    expect(readMessage(((await signedOut.json()) as { error: string }).error, "en")).toMatch(/sign in/);

    signedIn.user = await createTestUser();
    const tooBig = await POST(
      new Request(`${ORIGIN}/api/photos`, {
        method: "POST",
        body: "x",
        headers: { host: "localhost:3000", "content-length": String(MAX_UPLOAD_REQUEST_BYTES + 1), "content-type": "multipart/form-data; boundary=x" },
      }),
    );
    expect(tooBig.status).toBe(413);
    expect(readMessage(((await tooBig.json()) as { error: string }).error, "en")).toMatch(/larger than 20 MB/);

    const badTags = await POST(await uploadRequest(await jpeg(), { foot: "MIDDLE", caption: "x".repeat(201) }));
    expect(badTags.status).toBe(400);
    expect(await badTags.json()).toMatchObject({ fieldErrors: { foot: expect.any(String), caption: expect.stringMatching(/200/) } });

    const text = await POST(await uploadRequest(new Blob(["just text"])));
    expect(text.status).toBe(422);
    // Sending the same file again cannot work: the uploader reads what to do instead from this message.
    expect(await text.json()).toEqual({ error: UNSUPPORTED_TYPE_MESSAGE });
    expect(readMessage(insteadOf(UNSUPPORTED_TYPE_MESSAGE)!, "en")).toBe("Choose a photo from your camera or photo library instead.");

    const noFile = await POST(new Request(`${ORIGIN}/api/photos`, { method: "POST", body: new FormData(), headers: { host: "localhost:3000" } }));
    expect(noFile.status).toBe(400);
  });
});

describe("GET, PATCH and DELETE /api/photos/[id]", () => {
  it("serve the photo to its owner only, with private caching and no sniffing", async () => {
    const [ann, bob] = [await createTestUser(), await createTestUser()];
    signedIn.user = ann;
    const photo = (await (await POST(await uploadRequest(await jpeg()))).json()) as PhotoView;

    const full = await GET(new Request(`${ORIGIN}${photo.url}`), context(photo.id));
    expect(full.status).toBe(200);
    expect(Object.fromEntries(["content-type", "cache-control", "x-content-type-options", "content-disposition"].map((name) => [name, full.headers.get(name)]))).toEqual({
      "content-type": "image/jpeg",
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-disposition": "inline",
    });
    expect((await sharp(Buffer.from(await full.arrayBuffer())).metadata()).width).toBe(80);
    const thumb = await GET(new Request(`${ORIGIN}${photo.thumbnailUrl}`), context(photo.id));
    expect(thumb.status).toBe(200);
    const etag = full.headers.get("etag") ?? "";
    expect((await GET(new Request(`${ORIGIN}${photo.url}`, { headers: { "if-none-match": etag } }), context(photo.id))).status).toBe(304);

    signedIn.user = bob;
    const someoneElses = await GET(new Request(`${ORIGIN}${photo.url}`), context(photo.id));
    const unknown = await GET(new Request(`${ORIGIN}/api/photos/nope`), context("nope"));
    expect([someoneElses.status, unknown.status]).toEqual([404, 404]);
    expect(await someoneElses.json()).toEqual(await unknown.json());
    expect((await PATCH(new Request(`${ORIGIN}${photo.url}`, { method: "PATCH", body: JSON.stringify({ caption: "mine" }) }), context(photo.id))).status).toBe(404);
    expect((await DELETE(new Request(`${ORIGIN}${photo.url}`, { method: "DELETE" }), context(photo.id))).status).toBe(404);

    signedIn.user = ann;
    const patched = await PATCH(new Request(`${ORIGIN}${photo.url}`, { method: "PATCH", body: JSON.stringify({ foot: "RIGHT", region: "", caption: "Better light" }) }), context(photo.id));
    expect(await patched.json()).toMatchObject({ foot: "RIGHT", region: null, caption: "Better light" });
    expect(
      (await DELETE(new Request(`${ORIGIN}${photo.url}`, { method: "DELETE", headers: { host: "localhost:3000", origin: "https://evil.example" } }), context(photo.id))).status,
    ).toBe(403);
    expect((await DELETE(new Request(`${ORIGIN}${photo.url}`, { method: "DELETE" }), context(photo.id))).status).toBe(204);
    expect((await GET(new Request(`${ORIGIN}${photo.url}`), context(photo.id))).status).toBe(404);
  });
});
