"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useSyncExternalStore, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { Notice } from "@/app/_components/notice";
import { canShowNotifications, forgetNotificationsHere, thisDeviceEndpoint, turnOnNotifications } from "@/lib/push/this-device";

const subscribeToNothing = () => () => undefined;

export type DeviceRow = { id: string; device: string; endpoint: string; createdAt: string; lastUsedAt: string | null };

/** Devices where reminders arrive as notifications: turn it on here, or remove one. */
export function NotificationsSection({ publicKey, devices }: { publicKey: string | null; devices: DeviceRow[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string }>();
  const [here, setHere] = useState<string | null>(null);
  // Known only in the browser; the server's render assumes it can.
  const supported = useSyncExternalStore(subscribeToNothing, canShowNotifications, () => true);

  useEffect(() => {
    void thisDeviceEndpoint().then(setHere);
  }, [devices]);

  const onHere = devices.some((device) => device.endpoint === here);

  const turnOn = () =>
    startTransition(async () => {
      if (!publicKey) return;
      setMessage(undefined);
      const result = await turnOnNotifications(publicKey);
      if (!result.ok) return setMessage({ tone: "error", text: result.message });
      setMessage({ tone: "success", text: "Notifications are on for this device. Choose “Notification” on a reminder to get it here." });
      router.refresh();
    });

  return (
    <section aria-labelledby="notifications-heading" className="flex flex-col gap-4">
      <h2 id="notifications-heading" className="text-2xl font-bold">
        Notifications
      </h2>
      <p className="text-slate-700">Reminders can arrive as a notification on your phone or computer instead of, or as well as, an email. Choose how for each reminder on your reminders page.</p>
      {devices.length ? (
        <ul className="flex flex-col gap-3" aria-label="Devices with notifications on">
          {devices.map((device) => (
            <li key={device.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 bg-white p-4">
              <div>
                <p className="font-semibold">
                  {device.device}
                  {device.endpoint === here ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-base text-green-900">This device</span> : null}
                </p>
                <p className="text-base text-slate-700">
                  Turned on {device.createdAt}
                  {device.lastUsedAt ? ` · last notified ${device.lastUsedAt}` : " · not notified yet"}
                </p>
              </div>
              <ConfirmDialog
                trigger={{ label: "Remove", ariaLabel: `Remove ${device.device}, turned on ${device.createdAt}`, variant: "secondary" }}
                title={`Remove ${device.device}?`}
                confirmLabel="Yes, remove it"
                pendingLabel="Removing…"
                cancelLabel="Keep it"
                onConfirm={async () => {
                  const response = await fetch(`/api/push-subscriptions/${encodeURIComponent(device.id)}`, { method: "DELETE" }).catch(() => null);
                  if (!response?.ok && response?.status !== 404) return "The device was not removed. Check your connection, then press the button again.";
                  if (device.endpoint === here) await forgetNotificationsHere();
                  router.refresh();
                }}
              >
                <p>Reminders stop arriving there as notifications. A reminder set to notifications only comes by email while you have no device.</p>
              </ConfirmDialog>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-md border border-dashed border-slate-400 p-4">No device has notifications on yet. Turn them on below on the phone or computer where you want your reminders.</p>
      )}
      {!publicKey ? (
        <Notice tone="info">Notifications are not set up on this Footnote server.</Notice>
      ) : !supported ? (
        <Notice tone="info">This browser cannot show notifications. On an iPhone or iPad, add Footnote to the Home Screen first, then open Settings from there.</Notice>
      ) : onHere ? null : (
        <Button className="self-start" pending={pending} pendingLabel="Turning on…" onClick={turnOn}>
          Turn on notifications on this device
        </Button>
      )}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}
