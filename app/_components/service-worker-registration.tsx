"use client";

import { useEffect } from "react";
import { SERVICE_WORKER_URL, type ServiceWorkerMessage } from "@/lib/offline/pages";

/**
 * Registers the service worker (installable app, pages kept for offline use) and, on signed-in
 * pages, tells it who is signed in: it keeps that person's pages only, and fetches ahead the ones a
 * check needs.
 */
export function ServiceWorkerRegistration({ userId }: { userId?: string }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    void navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/", type: "module", updateViaCache: "none" }).catch(() => undefined);
    if (!userId) return;
    void navigator.serviceWorker.ready.then((registration) => {
      const message: ServiceWorkerMessage = { type: "SIGNED_IN", userId };
      registration.active?.postMessage(message);
    });
  }, [userId]);
  return null;
}
