/// <reference lib="webworker" />
// The service worker (bundled by @serwist/turbopack's route, app/serwist/[path]/route.ts). Serwist
// precaches the build's static files and the offline page; signed-in pages and their photos go
// network first into a cache of the signed-in person's own, and are read from it only while the
// network cannot answer. See docs/decisions/0075.
import { NetworkOnly, Serwist, type PrecacheEntry, type RouteHandlerCallback } from "serwist";
import { sendQueuedChecks, SYNC_TAG } from "./check-queue";
import { notificationFor, type NotificationData } from "../push/shown-notification";
import { keptOffline, OFFLINE_PAGE, PAGES_CACHE_PREFIX, pagesCache, WARM_PAGES, type ServiceWorkerMessage } from "./pages";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

/** A page that has not answered by then is shown as last seen (bad signal, not only none). */
const NETWORK_TIMEOUT_MS = 5000;
const META_CACHE = "footnote-meta";
const USER_KEY = "/__footnote/signed-in-user";
const JOURNALS_KEY = "/__footnote/open-journals";
const WARM_EVERY_MS = 10 * 60 * 1000;

let signedInUser: string | null | undefined;
let lastWarmed = 0;

async function currentUser(): Promise<string | null> {
  if (signedInUser === undefined) {
    const stored = await (await caches.open(META_CACHE)).match(USER_KEY);
    signedInUser = stored ? await stored.text() : null;
  }
  return signedInUser;
}

/** Remembers who is signed in, and drops every other person's kept pages. */
async function setUser(userId: string | null): Promise<void> {
  signedInUser = userId;
  const meta = await caches.open(META_CACHE);
  if (userId) await meta.put(USER_KEY, new Response(userId));
  else await meta.delete(USER_KEY);
  await meta.delete(JOURNALS_KEY);
  const keep = userId ? pagesCache(userId) : null;
  for (const name of await caches.keys()) if (name.startsWith(PAGES_CACHE_PREFIX) && name !== keep) await caches.delete(name);
}

async function fetchWithin(request: Request, milliseconds: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), milliseconds);
  try {
    return await fetch(request, { signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

async function keep(userId: string, request: Request, response: Response): Promise<void> {
  if (response.ok && !response.redirected && response.type === "basic") await (await caches.open(pagesCache(userId))).put(request.url, response);
}

const lastSeen: RouteHandlerCallback = async ({ request, url }) => {
  const userId = await currentUser();
  try {
    const response = await fetchWithin(request, NETWORK_TIMEOUT_MS);
    // A session that has ended sends the page to sign-in: nothing of it stays readable here.
    if (response.redirected && new URL(response.url).pathname === "/sign-in") await setUser(null);
    else if (userId) await keep(userId, request, response.clone());
    return response;
  } catch (error) {
    if (userId) {
      const cache = await caches.open(pagesCache(userId));
      const cached = (await cache.match(request.url, { ignoreVary: true })) ?? (await cache.match(url.origin + url.pathname, { ignoreVary: true, ignoreSearch: true }));
      if (cached) return cached;
    }
    if (request.mode === "navigate") return (await serwist.matchPrecache(OFFLINE_PAGE)) ?? Response.error();
    throw error;
  }
};

/**
 * Forgets the person's kept pages when a journal they could open before is no longer in their list
 * (a carer whose access ended): nothing of that journal stays readable on the device.
 */
async function keepJournals(userId: string, journalIds: string[]): Promise<void> {
  const meta = await caches.open(META_CACHE);
  const before = ((await (await meta.match(JOURNALS_KEY))?.json().catch(() => null)) ?? []) as string[];
  if (before.some((id) => !journalIds.includes(id))) {
    await caches.delete(pagesCache(userId));
    lastWarmed = 0;
  }
  await meta.put(JOURNALS_KEY, Response.json(journalIds));
}

/** Fetches the pages a check needs ahead, so they open offline before ever being visited. */
async function warm(userId: string): Promise<void> {
  if (Date.now() - lastWarmed < WARM_EVERY_MS) return;
  lastWarmed = Date.now();
  await Promise.all(
    WARM_PAGES.map(async (path) => {
      const request = new Request(path, { credentials: "same-origin", headers: { Accept: "text/html" } });
      const response = await fetch(request).catch(() => null);
      if (response && !(response.redirected && new URL(response.url).pathname === "/sign-in")) await keep(userId, request, response);
    }),
  );
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    // Client-side navigations fetch the page's data (RSC); offline, Next.js falls back to loading
    // the page itself, which the routes below answer.
    { matcher: ({ request }) => request.headers.get("RSC") === "1", handler: new NetworkOnly() },
    { matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && keptOffline(url.pathname), handler: lastSeen },
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: { entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.mode === "navigate" }] },
});

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const message = event.data as ServiceWorkerMessage | undefined;
  if (message?.type === "SIGNED_IN" && typeof message.userId === "string") {
    event.waitUntil(
      (async () => {
        if ((await currentUser()) !== message.userId) {
          lastWarmed = 0;
          await setUser(message.userId);
        }
        if (Array.isArray(message.journalIds)) await keepJournals(message.userId, message.journalIds);
        await warm(message.userId);
      })(),
    );
  } else if (message?.type === "SIGNED_OUT") {
    event.waitUntil(setUser(null));
  }
});

// Background Sync: checks saved offline are sent when the connection returns, page open or not.
type SyncEvent = ExtendableEvent & { tag: string };
self.addEventListener("sync", (event) => {
  const sync = event as SyncEvent;
  if (sync.tag !== SYNC_TAG) return;
  sync.waitUntil(
    (async () => {
      const userId = await currentUser();
      if (userId) await sendQueuedChecks(userId);
    })(),
  );
});

// Reminders as notifications (docs/decisions/0080): shown with the reminder's tag, so a repeat
// replaces the one still there; a click opens or focuses the reminder's page.
self.addEventListener("push", (event: PushEvent) => {
  let message: unknown = null;
  try {
    message = event.data?.json();
  } catch {
    message = null;
  }
  const shown = notificationFor(message, self.location.origin);
  if (shown) event.waitUntil(self.registration.showNotification(shown.title, shown.options));
});

async function openOrFocus(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const same = windows.find((client) => client.url === url);
  if (same) {
    await same.focus();
    return;
  }
  const any = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (any) {
    await any.focus();
    await any.navigate(url).catch(() => self.clients.openWindow(url));
    return;
  }
  await self.clients.openWindow(url);
}

/** "Remind me in 1 hour", with no page open: the email's signed snooze link, posted; its page if that fails. */
async function snooze(data: NotificationData): Promise<void> {
  const response = data.snoozeUrl ? await fetch(data.snoozeUrl, { method: "POST", credentials: "omit" }).catch(() => null) : null;
  if (response?.ok && new URL(response.url).searchParams.get("what") === "snoozed") return;
  if (data.snoozePageUrl) await self.clients.openWindow(data.snoozePageUrl);
}

self.addEventListener("notificationclick", (event: NotificationEvent) => {
  event.notification.close();
  const data = event.notification.data as NotificationData | undefined;
  if (!data || event.action === "done") return;
  event.waitUntil(event.action === "snooze" ? snooze(data) : openOrFocus(data.url));
});

serwist.addEventListeners();
