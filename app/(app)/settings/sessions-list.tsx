"use client";

import { signOut } from "next-auth/react";
import { useState, useTransition } from "react";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { signOutEverywhereAction, signOutSessionAction } from "./actions";

export type SessionRow = { id: string; device: string; createdAt: string; lastSeenAt: string; current: boolean; signedInWith: string | null };

export function SessionsList({ sessions, limits }: { sessions: SessionRow[]; limits: { idleDays: number; maxDays: number } }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();

  const signOutOne = (sessionId: string) =>
    startTransition(async () => {
      const result = await signOutSessionAction({ sessionId });
      setError(result.ok ? undefined : result.formError);
    });

  const signOutEverywhere = () =>
    startTransition(async () => {
      const result = await signOutEverywhereAction({});
      if (!result.ok) return setError(result.formError);
      await signOut({ callbackUrl: "/sign-in" });
    });

  return (
    <section aria-labelledby="sessions-heading" className="flex flex-col gap-4">
      <h2 id="sessions-heading" className="text-2xl font-bold">
        Where you are signed in
      </h2>
      <p className="text-slate-700">
        A device is signed out after {limits.idleDays} days without use, and {limits.maxDays} days after signing in at the latest.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="flex flex-col gap-3">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-300 bg-white p-4">
            <div>
              <p className="font-semibold">
                {session.device}
                {session.current ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-base text-green-900">This device</span> : null}
              </p>
              <p className="text-base text-slate-700">
                Signed in {session.createdAt}
                {session.signedInWith ? ` with ${session.signedInWith}` : ""} · last active {session.lastSeenAt}
              </p>
            </div>
            {session.current ? null : (
              <Button variant="secondary" disabled={pending} onClick={() => signOutOne(session.id)} aria-label={`Sign out ${session.device}, signed in ${session.createdAt}`}>
                Sign out
              </Button>
            )}
          </li>
        ))}
      </ul>
      <Button variant="danger" className="self-start" pending={pending} pendingLabel="Signing out…" onClick={signOutEverywhere}>
        Sign out everywhere
      </Button>
    </section>
  );
}
