import { PAGES_CACHE_PREFIX, type ServiceWorkerMessage } from "./pages";
import { clearQueue } from "./check-queue";
import { forgetNotificationsHere } from "../push/this-device";

/**
 * On signing out: nothing of the account stays readable on this device. The kept pages and photos
 * go, and so do the checks still waiting to send (the sign-out button warns about those first),
 * and the device's notifications (the next person here must not see this one's reminders).
 */
export async function forgetThisDevice(): Promise<void> {
  await forgetNotificationsHere();
  const message: ServiceWorkerMessage = { type: "SIGNED_OUT" };
  navigator.serviceWorker?.controller?.postMessage(message);
  if ("caches" in window) {
    for (const name of await caches.keys()) if (name.startsWith(PAGES_CACHE_PREFIX)) await caches.delete(name);
  }
  await clearQueue();
}
