import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseEnv, pushEnv } from "../env";
import { loadOrCreateVapidKeys } from "./vapid-keys";

const folder = await mkdtemp(path.join(os.tmpdir(), "footnote-vapid-"));
afterAll(() => rm(folder, { recursive: true, force: true }));

describe("the Web Push key pair", () => {
  it("is made on first start into the data folder, readable by its owner only, and the same on the next start", async () => {
    const first = await loadOrCreateVapidKeys(folder);
    expect(Buffer.from(first.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(first.privateKey, "base64url")).toHaveLength(32);
    expect((await stat(path.join(folder, "vapid-keys.json"))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateVapidKeys(folder)).toEqual(first);
    // The settings accept what was generated, and name MAIL_FROM's address as the subject by default.
    const settings = parseEnv({ VAPID_PUBLIC_KEY: first.publicKey, VAPID_PRIVATE_KEY: first.privateKey, MAIL_FROM: "Footnote <care@clinic.example>" });
    expect(pushEnv(settings)).toEqual({ ...first, subject: "mailto:care@clinic.example" });
  });

  it("refuses malformed keys and subjects at start-up, naming the setting", () => {
    expect(() => parseEnv({ VAPID_PUBLIC_KEY: "short" })).toThrow(/VAPID_PUBLIC_KEY/);
    expect(() => parseEnv({ VAPID_SUBJECT: "http://clinic.example" })).toThrow(/VAPID_SUBJECT/);
    expect(pushEnv(parseEnv({}))).toBeNull();
  });
});
