// This browser's side of notifications (client only): the subscription made through the app's
// service worker registration, with the server's public key.

const READY_TIMEOUT_MS = 10_000;

export type TurnOnResult = { ok: true } | { ok: false; message: string };

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
  if (!canShowNotifications()) return { ok: false, message: "This browser cannot show notifications. On an iPhone or iPad, add Footnote to the Home Screen first, then open it from there." };
  const permission = await Notification.requestPermission();
  if (permission !== "granted") {
    return { ok: false, message: "Notifications are blocked for Footnote in this browser. Allow them in the browser's site settings, then press the button again." };
  }
  const ready = await registration();
  if (!ready) return { ok: false, message: "Footnote is still setting itself up in this browser. Reload the page, then press the button again." };
  let subscription: PushSubscription;
  try {
    subscription = await ready.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey });
  } catch {
    return { ok: false, message: "This browser could not reach its notification service. Check your connection, then press the button again." };
  }
  const response = await fetch("/api/push-subscriptions", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(subscription.toJSON()) }).catch(() => null);
  if (response?.ok) return { ok: true };
  const message = ((await response?.json().catch(() => null)) as { error?: string } | null)?.error;
  // Not stored: leave the browser unsubscribed too, so the two never disagree.
  await subscription.unsubscribe().catch(() => undefined);
  return { ok: false, message: message ?? "Notifications were not turned on. Check your connection, then press the button again." };
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
