import { describe, expect, it } from "vitest";
import { notificationFor } from "./shown-notification";

const ORIGIN = "https://footnote.example";
const payload = {
  title: "Time to check your feet",
  body: "Look at the tops and soles of both feet.",
  url: `${ORIGIN}/today`,
  tag: "reminder-r1",
  snoozeUrl: `${ORIGIN}/r/snooze/confirm?token=t&until=hour`,
  snoozePageUrl: `${ORIGIN}/r/snooze?token=t&until=hour`,
  actions: [
    { action: "done", title: "Done" },
    { action: "snooze", title: "Remind me in 1 hour" },
  ],
};

describe("the notification the service worker shows", () => {
  it("carries the reminder's words, its tag (a repeat replaces it), the app's icon and both actions", () => {
    const shown = notificationFor(payload, ORIGIN)!;
    expect(shown.title).toBe(payload.title);
    expect(shown.options).toMatchObject({ body: payload.body, tag: "reminder-r1", renotify: true, icon: "/icons/icon-192.png" });
    expect(shown.options.actions).toEqual(payload.actions);
    expect(shown.data).toEqual({ url: payload.url, snoozeUrl: payload.snoozeUrl, snoozePageUrl: payload.snoozePageUrl });
  });

  it("never opens or posts to another origin, and drops the snooze action without a link of ours", () => {
    const shown = notificationFor({ ...payload, url: "https://evil.example/phish", snoozeUrl: "https://evil.example/x", snoozePageUrl: "javascript:alert(1)" }, ORIGIN)!;
    expect(shown.data).toEqual({ url: `${ORIGIN}/today`, snoozeUrl: null, snoozePageUrl: null });
    expect(shown.options.actions).toEqual([{ action: "done", title: "Done" }]);
  });

  it("ignores messages that are not ours", () => {
    expect(notificationFor(null, ORIGIN)).toBeNull();
    expect(notificationFor("hello", ORIGIN)).toBeNull();
    expect(notificationFor({ ...payload, title: "" }, ORIGIN)).toBeNull();
    expect(notificationFor({ ...payload, actions: [{ action: "delete-account", title: "x" }] }, ORIGIN)!.options.actions).toEqual([]);
  });
});
