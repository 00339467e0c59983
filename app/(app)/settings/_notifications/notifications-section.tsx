"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState, useSyncExternalStore, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { Notice } from "@/app/_components/notice";
import { MAX_DEVICES_PER_PERSON } from "@/lib/push/limits";
import { canShowNotifications, forgetNotificationsHere, thisDeviceEndpoint, turnOnNotifications } from "@/lib/push/this-device";

const subscribeToNothing = () => () => undefined;

export type DeviceRow = { id: string; device: string; endpoint: string; createdAt: string; lastUsedAt: string | null };

/** Devices where reminders arrive as notifications: turn it on here, or remove one. */
export function NotificationsSection({ publicKey, devices }: { publicKey: string | null; devices: DeviceRow[] }) {
  const t = useTranslations("notifications");
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
      if (!result.ok) return setMessage({ tone: "error", text: t(`turnOnFailed.${result.reason}`, { max: MAX_DEVICES_PER_PERSON }) });
      setMessage({ tone: "success", text: t("turnedOn") });
      router.refresh();
    });

  return (
    <section aria-labelledby="notifications-heading" className="flex flex-col gap-4">
      <h2 id="notifications-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("intro")}</p>
      {devices.length ? (
        <ul className="flex flex-col gap-3" aria-label={t("list")}>
          {devices.map((device) => (
            <li key={device.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 bg-white p-4">
              <div>
                <p className="font-semibold">
                  {device.device}
                  {device.endpoint === here ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-base text-green-900">{t("thisDevice")}</span> : null}
                </p>
                <p className="text-base text-slate-700">
                  {t("turnedOnAt", { when: device.createdAt })}
                  {device.lastUsedAt ? t("lastNotified", { when: device.lastUsedAt }) : t("notNotified")}
                </p>
              </div>
              <ConfirmDialog
                trigger={{ label: t("remove"), ariaLabel: t("removeLabel", { device: device.device, when: device.createdAt }), variant: "secondary" }}
                title={t("removeTitle", { device: device.device })}
                confirmLabel={t("removeConfirm")}
                pendingLabel={t("removing")}
                cancelLabel={t("keep")}
                onConfirm={async () => {
                  const response = await fetch(`/api/push-subscriptions/${encodeURIComponent(device.id)}`, { method: "DELETE" }).catch(() => null);
                  if (!response?.ok && response?.status !== 404) return t("removeFailed");
                  if (device.endpoint === here) await forgetNotificationsHere();
                  router.refresh();
                }}
              >
                <p>{t("removeText")}</p>
              </ConfirmDialog>
            </li>
          ))}
        </ul>
      ) : (
        <p className="rounded-md border border-dashed border-slate-400 p-4">{t("none")}</p>
      )}
      {!publicKey ? (
        <Notice tone="info">{t("notConfigured")}</Notice>
      ) : !supported ? (
        <Notice tone="info">{t("unsupported")}</Notice>
      ) : onHere ? null : (
        <Button className="self-start" pending={pending} pendingLabel={t("turningOn")} onClick={turnOn}>
          {t("turnOn")}
        </Button>
      )}
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}
