import { beforeEach, describe, expect, it, vi } from "vitest";
import { readMessage } from "../i18n/read-message";
import { DELETE as removeDevice } from "@/app/api/push-subscriptions/[id]/route";
import { DELETE as forgetHere, POST as subscribe } from "@/app/api/push-subscriptions/route";
import { db } from "../db/client";
import { createTestUser } from "../testing/factories";
import { makeBrowserKeys } from "../testing/push-service";
import { MAX_DEVICES_PER_PERSON, MAX_SUBSCRIPTION_BYTES } from "./schemas";

// The routes as the app runs them, with the signed-in user set by the test (next-auth's session
// needs a Next.js request, which a unit test does not have).
const signedIn = vi.hoisted(() => ({ user: null as { id: string } | null }));
vi.mock("../auth/current-user", () => ({ getCurrentUser: async () => signedIn.user }));

const ORIGIN = "http://localhost:3000";
const ANDROID_CHROME = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const context = (id: string) => ({ params: Promise.resolve({ id }) });

function subscription(endpoint = `https://push.example.net/send/${crypto.randomUUID()}`) {
  const keys = makeBrowserKeys();
  return { endpoint, expirationTime: null, keys: { p256dh: keys.p256dh, auth: keys.authText } };
}
function post(body: unknown, headers: Record<string, string> = {}) {
  return subscribe(
    new Request(`${ORIGIN}/api/push-subscriptions`, {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json", "user-agent": ANDROID_CHROME, ...headers },
    }),
  );
}
const remove = (id: string) => removeDevice(new Request(`${ORIGIN}/api/push-subscriptions/${id}`, { method: "DELETE", headers: { host: "localhost:3000", origin: ORIGIN } }), context(id));

beforeEach(() => {
  signedIn.user = null;
});

describe("POST /api/push-subscriptions", () => {
  it("stores this browser's subscription with a device name the person recognises; the same endpoint again updates it", async () => {
    const ann = await createTestUser();
    signedIn.user = ann;
    const body = subscription();
    const response = await post(body);
    expect(response.status).toBe(201);
    const saved = (await response.json()) as { id: string; device: string };
    expect(saved.device).toBe("Chrome on Android");
    const again = await post({ ...body, keys: subscription().keys });
    expect(((await again.json()) as { id: string }).id).toBe(saved.id);
    expect(await db().pushSubscription.count({ where: { userId: ann.id } })).toBe(1);
  });

  it("refuses a signed-out request, a form post, a body that is not JSON, and one over the size limit", async () => {
    expect((await post(subscription())).status).toBe(401);
    signedIn.user = await createTestUser();
    const form = new URLSearchParams({ endpoint: "https://push.example.net/x", "keys[p256dh]": "a", "keys[auth]": "b" }).toString();
    expect((await post(form, { "content-type": "application/x-www-form-urlencoded" })).status).toBe(415);
    expect((await post("{not json")).status).toBe(400);
    const huge = { ...subscription(), padding: "x".repeat(MAX_SUBSCRIPTION_BYTES) };
    expect((await post(huge)).status).toBe(413);
  });

  it("refuses endpoints that are not https and keys of the wrong length, each with a clear message", async () => {
    signedIn.user = await createTestUser();
    const cases: [unknown, string][] = [
      [{ ...subscription(), endpoint: "http://push.example.net/send/1" }, "https://"],
      [{ ...subscription(), endpoint: "javascript:alert(1)" }, "https://"],
      [{ ...subscription(), endpoint: "https://push.example.net/a\tb" }, "https://"],
      [{ ...subscription(), keys: { p256dh: "AAAA", auth: subscription().keys.auth } }, "P-256"],
      [{ ...subscription(), keys: { p256dh: subscription().keys.p256dh, auth: "AAAA" } }, "16 bytes"],
      [{ endpoint: "https://push.example.net/send/2" }, "no keys"],
    ];
    for (const [body, words] of cases) {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toContain(words);
    }
  });

  it("caps devices per person with a message that says what to do", async () => {
    const busy = await createTestUser();
    signedIn.user = busy;
    for (let index = 0; index < MAX_DEVICES_PER_PERSON; index++) expect((await post(subscription())).status).toBe(201);
    const response = await post(subscription());
    expect(response.status).toBe(409);
    expect(readMessage(((await response.json()) as { error: string }).error, "en")).toContain("Remove one");
  });

  it("refuses a cross-site post", async () => {
    signedIn.user = await createTestUser();
    expect((await post(subscription(), { origin: "https://evil.example" })).status).toBe(403);
  });
});

describe("DELETE /api/push-subscriptions/[id] and forgetting this browser", () => {
  it("removes the person's own device; another person's id is 404 and stays", async () => {
    const ann = await createTestUser();
    const ben = await createTestUser();
    signedIn.user = ann;
    const mine = (await (await post(subscription())).json()) as { id: string };
    signedIn.user = ben;
    const bens = (await (await post(subscription())).json()) as { id: string };

    signedIn.user = ann;
    expect((await remove(bens.id)).status).toBe(404);
    expect(await db().pushSubscription.count({ where: { id: bens.id } })).toBe(1);
    expect((await remove(mine.id)).status).toBe(204);
    expect((await remove(mine.id)).status).toBe(404);
    expect((await remove("../../etc%2Fpasswd")).status).toBe(404);
  });

  it("forgets this browser's subscription by endpoint on signing out, only if it is the person's", async () => {
    const ann = await createTestUser();
    const ben = await createTestUser();
    const annsBrowser = subscription();
    signedIn.user = ann;
    await post(annsBrowser);
    const forget = (endpoint: string) =>
      forgetHere(new Request(`${ORIGIN}/api/push-subscriptions`, { method: "DELETE", body: JSON.stringify({ endpoint }), headers: { host: "localhost:3000", origin: ORIGIN, "content-type": "application/json" } }));
    signedIn.user = ben;
    expect((await forget(annsBrowser.endpoint)).status).toBe(204);
    expect(await db().pushSubscription.count({ where: { endpoint: annsBrowser.endpoint } })).toBe(1);
    signedIn.user = ann;
    expect((await forget(annsBrowser.endpoint)).status).toBe(204);
    expect(await db().pushSubscription.count({ where: { endpoint: annsBrowser.endpoint } })).toBe(0);
  });

  it("a person's devices go when the person is deleted", async () => {
    const gone = await createTestUser();
    signedIn.user = gone;
    await post(subscription());
    await db().user.delete({ where: { id: gone.id } });
    expect(await db().pushSubscription.count({ where: { userId: gone.id } })).toBe(0);
  });
});
