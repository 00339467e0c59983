"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { useUserLocale } from "@/app/_components/user-locale";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
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
  const [checks, setChecks] = useState<QueuedCheck[]>([]);
  const [announcement, setAnnouncement] = useState("");

  const send = useCallback(async () => {
    if (!navigator.onLine) return;
    const result = await sendQueuedChecks(userId).catch(() => null);
    if (result?.sent.length) {
      setAnnouncement(`${result.sent.length === 1 ? "Your check saved on this device was" : `${result.sent.length} checks saved on this device were`} sent.`);
      router.refresh();
    }
  }, [userId, router]);

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
            Saved on this device
          </h2>
          <ul className="flex flex-col gap-2" aria-label="Checks waiting to send">
            {checks.map((check) => (
              <li key={check.clientId}>
                <span className="font-semibold">{check.values.date ? formatLocalDate(check.values.date, locale) : "A check"}</span>
                {check.journalId !== userId ? ` for ${check.journalName}` : ""}
                {check.photos.length ? ` (${check.photos.length} ${check.photos.length === 1 ? "photo" : "photos"})` : ""}: <QueuedState check={check} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function QueuedState({ check }: { check: QueuedCheck }) {
  if (check.state === "sign-in") {
    return (
      <>
        waiting to send — your session has ended.{" "}
        <Link href="/sign-in?callbackUrl=%2Fjournal%2Fnew" className="font-semibold text-brand-700 underline">
          Sign in to send it
        </Link>
        ; it stays on this device until then.
      </>
    );
  }
  if (check.state === "refused") {
    return (
      <>
        not sent: {check.problem}{" "}
        <ConfirmDialog
          trigger={{ label: "Delete it from this device", variant: "secondary", className: "mt-2" }}
          title="Delete this check from this device?"
          confirmLabel="Delete it"
          pendingLabel="Deleting…"
          onConfirm={() => discardQueuedCheck(check.clientId)}
        >
          <p>It was never saved in the journal, so what it noted will be gone.</p>
        </ConfirmDialog>
      </>
    );
  }
  return <>waiting to send. It is sent by itself when you are back online.</>;
}
