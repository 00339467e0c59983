// This browser's side of notifications (client only): the subscription made through the app's
// service worker registration, with the server's public key.

const READY_TIMEOUT_MS = 10_000;

/** Why notifications could not be turned on; the settings page says each in the person's language. */
export type TurnOnFailure = "unsupported" | "blocked" | "notReady" | "unreachable" | "tooManyDevices" | "notStored";
export type TurnOnResult = { ok: true } | { ok: false; reason: TurnOnFailure };

export function canShowNotifications(): boolean {
  return typeof window !== "undefined" && "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
}

async function registration(): Promise<ServiceWorkerRegistration | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

/** This browser's subscription's endpoint, or null (none, or no service worker yet). */
export async function thisDeviceEndpoint(): Promise<string | null> {
  if (!canShowNotifications()) return null;
  const found = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  return (await found?.pushManager.getSubscription().catch(() => null))?.endpoint ?? null;
}

/** Asks permission, subscribes this browser and stores the subscription for the signed-in person. */
export async function turnOnNotifications(publicKey: string): Promise<TurnOnResult> {
  if (!canShowNotifications()) return { ok: false, reason: "unsupported" };
  const permission = await Notification.requestPermission();
  if (permission !== "granted") {
    return { ok: false, reason: "blocked" };
  }
  const ready = await registration();
  if (!ready) return { ok: false, reason: "notReady" };
  let subscription: PushSubscription;
  try {
    subscription = await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey });
  } catch {
    return { ok: false, reason: "unreachable" };
  }
  const response = await fetch("/api/push-subscriptions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(subscription.toJSON()) }).catch(() => null);
  if (response?.ok) return { ok: true };
  // Not stored: leave the browser unsubscribed too, so the two never disagree.
  await subscription.unsubscribe().catch(() => undefined);
  return { ok: false, reason: response?.status === 409 ? "tooManyDevices" : "notStored" };
}

/** On signing out or removing this device: the server forgets it and the browser unsubscribes. */
export async function forgetNotificationsHere(): Promise<void> {
  if (!canShowNotifications()) return;
  const found = await navigator.serviceWorker.getRegistration().catch(() => undefined);
  const subscription = await found?.pushManager.getSubscription().catch(() => null);
  if (!subscription) return;
  await fetch("/api/push-subscriptions", { method: "DELETE", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ endpoint: subscription.endpoint }) }).catch(() => undefined);
  await subscription.unsubscribe().catch(() => undefined);
}
