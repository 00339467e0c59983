// What the service worker shows for a push message, checked first: the payload comes from our
// server, but a page it opens or a link it posts must be on this origin whatever it says. Plain
// checks, not a schema library: this runs in the service worker, kept small (decision 0087).

export const NOTIFICATION_ICON = "/icons/icon-192.png";

type Payload = { title: string; body: string; url: string; tag: string; snoozeUrl: string; snoozePageUrl: string; actions: { action: "done" | "snooze"; title: string }[] };

const isText = (value: unknown, max: number): value is string => typeof value === "string" && value.length <= max;

function payloadOf(message: unknown): Payload | null {
  if (typeof message !== "object" || message === null) return null;
  const { title, body, url, tag, snoozeUrl, snoozePageUrl, actions } = message as Record<string, unknown>;
  if (!isText(title, 200) || !title || !isText(body, 1000) || !isText(url, 2000) || !isText(tag, 100) || !isText(snoozeUrl, 2000) || !isText(snoozePageUrl, 2000)) return null;
  const known = Array.isArray(actions)
    ? actions.filter((item): item is Payload["actions"][number] => typeof item === "object" && item !== null && (item.action === "done" || item.action === "snooze") && isText(item.title, 60)).slice(0, 2)
    : [];
  return { title, body, url, tag, snoozeUrl, snoozePageUrl, actions: known };
}

export type NotificationData = { url: string; snoozeUrl: string | null; snoozePageUrl: string | null };
export type ShownNotification = { title: string; options: NotificationOptions & { actions?: { action: string; title: string }[]; renotify?: boolean }; data: NotificationData };

/** A same-origin URL, or null. */
function onOrigin(url: string, origin: string): string | null {
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin ? parsed.toString() : null;
  } catch {
    return null;
  }
}

/** The notification for a push message's JSON, or null when it is not one of ours. */
export function notificationFor(message: unknown, origin: string): ShownNotification | null {
  const payload = payloadOf(message);
  if (!payload) return null;
  const data: NotificationData = {
    url: onOrigin(payload.url, origin) ?? new URL("/today", origin).toString(),
    snoozeUrl: onOrigin(payload.snoozeUrl, origin),
    snoozePageUrl: onOrigin(payload.snoozePageUrl, origin),
  };
  const actions = payload.actions.filter((action) => action.action !== "snooze" || data.snoozeUrl);
  return {
    title: payload.title,
    data,
    // A repeat of the same reminder replaces the one still shown, and alerts again.
    options: { body: payload.body, tag: payload.tag, renotify: true, icon: NOTIFICATION_ICON, badge: NOTIFICATION_ICON, data, actions },
  };
}
