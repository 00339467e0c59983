"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { signOutOfThisDevice } from "@/lib/offline/sign-out-of-this-device";
import { useState, useTransition } from "react";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { signOutEverywhereAction, signOutSessionAction } from "./actions";

export type SessionRow = { id: string; device: string; createdAt: string; lastSeenAt: string; current: boolean; signedInWith: string | null };

export function SessionsList({ sessions, limits }: { sessions: SessionRow[]; limits: { idleDays: number; maxDays: number } }) {
  const t = useTranslations("settings.sessions");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Each failure shows beside the button pressed: a session's own, or "everywhere" (null).
  const [error, setError] = useState<{ sessionId: string | null; text: string }>();

  const signOutOne = (sessionId: string) =>
    startTransition(async () => {
      const result = await signOutSessionAction({ sessionId });
      setError(result.ok ? undefined : { sessionId, text: result.formError ?? t("signOutFailed") });
    });

  const signOutEverywhere = () =>
    startTransition(async () => {
      const result = await signOutEverywhereAction({});
      if (!result.ok) return setError({ sessionId: null, text: result.formError ?? t("everywhereFailed") });
      // Every session has ended on the server already, this one too: should next-auth's own
      // sign-out fail, the sign-in page is still where this browser belongs.
      await signOutOfThisDevice("/sign-in", { sessionEnded: true }).catch(() => router.replace("/sign-in"));
    });

  return (
    <section aria-labelledby="sessions-heading" className="flex flex-col gap-4">
      <h2 id="sessions-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="text-slate-700">{t("limits", limits)}</p>
      <ul className="flex flex-col gap-3">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 bg-white p-4">
            <div>
              <p className="font-semibold">
                {session.device}
                {session.current ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-base text-green-900">{t("thisDevice")}</span> : null}
              </p>
              <p className="text-base text-slate-700">
                {session.signedInWith ? t("signedInWith", { when: session.createdAt, method: session.signedInWith }) : t("signedIn", { when: session.createdAt })}
                {t("lastActive", { when: session.lastSeenAt })}
              </p>
            </div>
            {session.current ? null : (
              <Button variant="secondary" disabled={pending} onClick={() => signOutOne(session.id)} aria-label={t("signOutLabel", { device: session.device, when: session.createdAt })}>
                {t("signOut")}
              </Button>
            )}
            {error?.sessionId === session.id ? <FormStatusNotice status={{ tone: "error", text: error.text }} /> : null}
          </li>
        ))}
      </ul>
      <Button variant="danger" className="self-start" pending={pending} pendingLabel={t("signingOut")} onClick={signOutEverywhere}>
        {t("everywhere")}
      </Button>
      <FormStatusNotice status={error?.sessionId === null ? { tone: "error", text: error.text } : undefined} />
    </section>
  );
}
