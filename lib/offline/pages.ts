// What the service worker keeps for use without a connection, shared by it and the pages.

/** Signed-in pages kept for offline use, fetched ahead after sign-in so they open with no signal. */
export const WARM_PAGES = ["/today", "/journal/new", "/journal"] as const;

/** Pages (and the photos they show) that are kept as last seen, per person. */
export function keptOffline(pathname: string): boolean {
  return pathname === "/today" || pathname === "/journal" || pathname.startsWith("/journal/") || pathname.startsWith("/api/photos/");
}

/** Shown for any other page opened without a connection. */
export const OFFLINE_PAGE = "/offline";

/** One cache per person: whoever signs in next on this device reads none of another's pages. */
export const PAGES_CACHE_PREFIX = "footnote-pages-";
export const pagesCache = (userId: string) => `${PAGES_CACHE_PREFIX}${userId}`;

export const SERVICE_WORKER_URL = "/serwist/sw.js";

/**
 * Messages from the pages to the service worker. SIGNED_IN carries the journals the person may open
 * now: when one they could open before is missing (a carer removed), their kept pages go.
 */
export type ServiceWorkerMessage = { type: "SIGNED_IN"; userId: string; journalIds: string[] } | { type: "SIGNED_OUT" };
