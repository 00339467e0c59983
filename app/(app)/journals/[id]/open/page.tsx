import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ButtonLink } from "@/app/_components/button";
import { safeCallbackPath } from "@/lib/http/callback-path";
import { resolveJournalAccess } from "@/lib/journals/access";
import { currentJournal } from "@/lib/journals/current-journal";
import { requireUser } from "@/lib/auth/current-user";
import { OpenJournalButton } from "./open-journal-button";

export const metadata: Metadata = { title: "Open a journal" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ next?: string | string[] }> };

/**
 * Where a carer's reminder email leads: the page it names, in the journal it is about. When that
 * journal is already open it goes straight there; otherwise one button opens it (a link alone never
 * changes which journal is open, so nobody can switch it for someone from another site).
 */
export default async function OpenJournalPage({ params, searchParams }: Props) {
  const found = await currentJournal();
  const user = found?.user ?? (await requireUser());
  const [{ id }, { next }] = await Promise.all([params, searchParams]);
  const target = await resolveJournalAccess(user, id);
  if (!target) notFound();
  const destination = safeCallbackPath(typeof next === "string" ? next : null);
  const open = found?.resolved?.journal ?? null;
  if (open?.id === target.journal.id) redirect(destination);
  const name = target.journal.id === user.id ? "your own" : `${target.journal.name}’s`;
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-3xl font-bold">Open {name} journal?</h1>
      <p className="text-lg">
        This link is about {name} journal. {open ? <>The journal open in this browser now is {open.id === user.id ? "your own" : `${open.name}’s`}.</> : null}
      </p>
      <div className="flex flex-wrap gap-3">
        <OpenJournalButton journalId={target.journal.id} label={`Open ${name} journal`} destination={destination} />
        <ButtonLink href="/today" variant="secondary">
          Not now
        </ButtonLink>
      </div>
    </div>
  );
}
