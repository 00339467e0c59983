import { type BrowserContext } from "@playwright/test";
import { expect, test } from "./test";
import { createECDH, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { describeDevice } from "../lib/auth/describe-device";
import { appLib, DATA_DIR, userIdOf } from "./app-database";
import { expectNoHorizontalScroll, newPerson, signInNewPerson } from "./helpers";

// Reminders as notifications, in Chromium up to and past the permission prompt. No push service
// is reachable from the test machine, so the browser's PushManager.subscribe is stood in for by one
// that returns a subscription with real keys (and records the server key it was given); the rest —
// the permission, the service worker registration, the route, the list — is the app's own.

test.use({ serviceWorkers: "allow" });

async function standInPushService(context: BrowserContext) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const keys = { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") };
  await context.addInitScript((subscriptionKeys) => {
    const stored = () => sessionStorage.getItem("e2e-push-endpoint");
    const subscriptionFor = (endpoint: string) => ({
      endpoint,
      toJSON: () => ({ endpoint, expirationTime: null, keys: subscriptionKeys }),
      unsubscribe: async () => {
        sessionStorage.removeItem("e2e-push-endpoint");
        return true;
      },
    });
    PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
      const key = options?.applicationServerKey;
      sessionStorage.setItem("e2e-push-server-key", typeof key === "string" ? key : "");
      const endpoint = `https://push.example.net/e2e/${crypto.randomUUID()}`;
      sessionStorage.setItem("e2e-push-endpoint", endpoint);
      return subscriptionFor(endpoint) as unknown as PushSubscription;
    };
    PushManager.prototype.getSubscription = async function () {
      const endpoint = stored();
      return (endpoint ? subscriptionFor(endpoint) : null) as unknown as PushSubscription | null;
    };
  }, keys);
  return keys;
}

test.describe("notifications", () => {
  test("Settings turns notifications on for this device after the permission prompt, lists it and removes it @phone", async ({ page, context }) => {
    const keys = await standInPushService(context);
    const person = newPerson("push");
    await signInNewPerson(page, person);
    await context.grantPermissions(["notifications"]);
    await page.goto("/settings");
    const section = page.getByRole("region", { name: "Notifications" });
    await expect(section.getByText("No device has notifications on yet.")).toBeVisible();

    const device = describeDevice(await page.evaluate(() => navigator.userAgent));
    await section.getByRole("button", { name: "Turn on notifications on this device" }).click();
    await expect(section.getByRole("status")).toContainText("Notifications are on for this device");
    const devices = section.getByRole("list", { name: "Devices with notifications on" });
    await expect(devices.getByRole("listitem")).toHaveCount(1);
    await expect(devices.getByRole("listitem")).toContainText(device);
    await expect(devices.getByRole("listitem")).toContainText("This device");
    await expect(section.getByRole("button", { name: "Turn on notifications on this device" })).toHaveCount(0);
    await expectNoHorizontalScroll(page);

    // The browser was given this server's key, without a rebuild: the one the launcher generated.
    const serverKey = (JSON.parse(readFileSync(`${DATA_DIR}/vapid-keys.json`, "utf8")) as { publicKey: string }).publicKey;
    expect(await page.evaluate(() => sessionStorage.getItem("e2e-push-server-key"))).toBe(serverKey);
    const { db } = await appLib();
    const userId = await userIdOf(person.email);
    const rows = await db().pushSubscription.findMany({ where: { userId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ p256dh: keys.p256dh, auth: keys.auth, device });

    await devices.getByRole("button", { name: new RegExp(`^Remove ${device}`) }).click();
    const dialog = page.getByRole("alertdialog", { name: `Remove ${device}?` });
    await dialog.getByRole("button", { name: "Yes, remove it" }).click();
    await expect(section.getByText("No device has notifications on yet.")).toBeVisible();
    expect(await db().pushSubscription.count({ where: { userId } })).toBe(0);
    // Removing this device unsubscribed the browser too: it can be turned on again.
    await expect(section.getByRole("button", { name: "Turn on notifications on this device" })).toBeVisible();
  });

  test("the reminder form offers email, notification or both, says to turn notifications on first, and stores the choice @phone", async ({ page }) => {
    const person = newPerson("channel");
    await signInNewPerson(page, person);
    await page.goto("/reminders/new");
    const channel = page.getByRole("group", { name: "How should it reach you?" });
    await expect(channel.getByRole("radio", { name: "Email" })).toBeChecked();
    await expect(channel.getByRole("link", { name: "Turn on notifications in Settings first" })).toHaveAttribute("href", "/settings#notifications-heading");
    await channel.getByRole("radio", { name: "Both" }).check();
    await page.getByRole("button", { name: "Save reminder" }).click();
    await expect(page).toHaveURL(/\/reminders$/);
    await expect(page.getByText("By email and as a notification")).toBeVisible();

    const { db } = await appLib();
    const reminder = await db().reminder.findFirstOrThrow({ where: { userId: await userIdOf(person.email) } });
    expect(reminder.channel).toBe("BOTH");
    await page.goto(`/reminders/${reminder.id}/edit`);
    await expect(page.getByRole("group", { name: "How should it reach you?" }).getByRole("radio", { name: "Both" })).toBeChecked();
  });
});
