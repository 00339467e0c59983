"use client";

import { useEffect } from "react";
import { SERVICE_WORKER_URL, type ServiceWorkerMessage } from "@/lib/offline/pages";

/** The latest a page waits for its load event before registering. */
const REGISTER_BY_MS = 10_000;

/**
 * Registers the service worker (installable app, pages kept for offline use) and, on signed-in
 * pages, tells it who is signed in and which journals they may open: it keeps that person's pages
 * only, forgets them when a journal they helped with is no longer theirs to open, and fetches
 * ahead the ones a check needs.
 */
export function ServiceWorkerRegistration({ userId, journalIds = [] }: { userId?: string; journalIds?: string[] }) {
  const journals = journalIds.join(",");
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // After the page has loaded: installing fetches every static file of the build for offline
    // use, which on a phone's connection would compete with the page's own first load. With bad
    // signal a photo may keep the page loading for long: the app is made ready for offline anyway.
    let registered = false;
    const register = () => {
      if (registered) return;
      registered = true;
      void navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/", type: "module", updateViaCache: "none" }).catch(() => undefined);
    };
    const fallback = window.setTimeout(register, REGISTER_BY_MS);
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
    if (userId) {
      void navigator.serviceWorker.ready.then((registration) => {
        const message: ServiceWorkerMessage = { type: "SIGNED_IN", userId, journalIds: journals.split(",") };
        registration.active?.postMessage(message);
      });
    }
    return () => {
      window.removeEventListener("load", register);
      window.clearTimeout(fallback);
    };
  }, [userId, journals]);
  return null;
}
