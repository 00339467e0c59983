"use client";

import { Link } from "@/app/_components/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { useUserLocale } from "@/app/_components/user-locale";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { useReadMessage } from "@/app/_components/use-read-message";
import { discardQueuedCheck, QUEUE_CHANGED_EVENT, queuedChecks, sendQueuedChecks, type QueuedCheck } from "@/lib/offline/check-queue";
import { formatLocalDate } from "@/lib/time/format-in-zone";

/**
 * Checks saved on this device and not yet sent, each with what is happening to it. While the page
 * is open it sends them as soon as it is online (and the service worker's Background Sync does
 * when the browser has it); an ended session keeps them and asks the person to sign in.
 */
export function QueuedChecks({ userId }: { userId: string }) {
  const router = useRouter();
  const locale = useUserLocale();
  const t = useTranslations("queued");
  const [checks, setChecks] = useState<QueuedCheck[]>([]);
  const [announcement, setAnnouncement] = useState("");

  const send = useCallback(async () => {
    if (!navigator.onLine) return;
    const result = await sendQueuedChecks(userId).catch(() => null);
    if (result?.sent.length) {
      setAnnouncement(t("sent", { count: result.sent.length }));
      router.refresh();
    }
  }, [userId, router, t]);

  useEffect(() => {
    const load = () => void queuedChecks(userId).then(setChecks, () => setChecks([]));
    const loadAndSend = () => {
      load();
      void send();
    };
    loadAndSend();
    window.addEventListener(QUEUE_CHANGED_EVENT, load);
    window.addEventListener("online", loadAndSend);
    return () => {
      window.removeEventListener(QUEUE_CHANGED_EVENT, load);
      window.removeEventListener("online", loadAndSend);
    };
  }, [userId, send]);

  return (
    <>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {checks.length ? (
        <section aria-labelledby="queued-heading" className="flex flex-col gap-2 rounded-lg border-2 border-amber-700 bg-amber-50 p-4">
          <h2 id="queued-heading" className="text-xl font-bold">
            {t("title")}
          </h2>
          <ul className="flex flex-col gap-2" aria-label={t("listLabel")}>
            {checks.map((check) => (
              <li key={check.clientId}>
                <span className="font-semibold">{check.values.date ? formatLocalDate(check.values.date, locale) : t("aCheck")}</span>
                {check.journalId !== userId ? t("for", { name: check.journalName }) : ""}
                {check.photos.length ? t("photos", { count: check.photos.length }) : ""}: <QueuedState check={check} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function QueuedState({ check }: { check: QueuedCheck }) {
  const t = useTranslations("queued");
  const read = useReadMessage();
  if (check.state === "sign-in") {
    return (
      <>
        {t.rich("signIn", {
          link: (chunks) => (
            <Link href="/sign-in?callbackUrl=%2Fjournal%2Fnew" className="font-semibold text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </>
    );
  }
  if (check.state === "refused") {
    return (
      <>
        {t("notSent", { problem: read(check.problem) ?? "" })}{" "}
        <ConfirmDialog
          trigger={{ label: t("delete"), variant: "secondary", className: "mt-2" }}
          title={t("deleteTitle")}
          confirmLabel={t("deleteConfirm")}
          pendingLabel={t("deleting")}
          onConfirm={() => discardQueuedCheck(check.clientId)}
        >
          <p>{t("deleteText")}</p>
        </ConfirmDialog>
      </>
    );
  }
  return <>{t("waiting")}</>;
}
