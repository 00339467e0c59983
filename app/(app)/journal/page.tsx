import type { Metadata } from "next";
import { QueuedChecks } from "./_offline/queued-checks";
import Link from "next/link";
import { EmptyState } from "@/app/_components/empty-state";
import { Notice } from "@/app/_components/notice";
import { attributionFor } from "@/lib/journals/attribution";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { can } from "@/lib/journals/policy";
import { describeObservation } from "@/lib/journal/describe";
import { hasEntries, listEntries } from "@/lib/journal/queries";
import { entryFiltersSchema } from "@/lib/journal/schemas";
import { CARE_KIND_LABELS } from "@/lib/foot-health/vocabulary";
import { formatLocalDate, formatTime } from "@/lib/time/format-in-zone";
import { JournalFilters } from "./journal-filters";
import { ButtonLink } from "@/app/_components/button";

export const metadata: Metadata = { title: "Journal" };

export default async function JournalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { journal: person, access, user } = await requireJournalAccess("read", "journal");
  const raw = await searchParams;
  const filters = entryFiltersSchema.parse(raw);
  const [{ days, nextCursor }, anyEntries] = await Promise.all([listEntries(person.id, filters), hasEntries(person.id)]);
  const byWhom = await attributionFor(person.id, days.flatMap((day) => day.entries.map((entry) => entry.createdById)));
  const nextPage = new URLSearchParams(
    Object.entries({ ...filters, cursor: nextCursor }).flatMap(([key, value]) => (value === null ? [] : [[key, String(value)]])),
  );

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Journal</h1>
        {can(access, "record") ? (
          <ButtonLink href="/journal/new">
            Check my feet now
          </ButtonLink>
        ) : null}
      </div>
      {raw.deleted ? <Notice tone="success">The check was deleted.</Notice> : null}
      <QueuedChecks userId={user.id} />
      {!anyEntries ? (
        <EmptyState title="Your journal is empty" action={{ href: "/journal/new", label: "Record my first foot check" }}>
          <p>Each foot check you record appears here by day, newest first, with its photos and the foot-care guidance that applies.</p>
        </EmptyState>
      ) : (
        <>
          <JournalFilters filters={filters} />
          {days.length === 0 ? (
            <p className="rounded-md border-2 border-dashed border-slate-400 bg-white p-4">No checks match these filters. Try a wider date range, or clear the filters.</p>
          ) : (
            <div className="flex flex-col gap-6">
              {days.map((day) => (
                <section key={day.localDate} aria-labelledby={`day-${day.localDate}`} className="flex flex-col gap-2">
                  <h2 id={`day-${day.localDate}`} className="text-xl font-bold">
                    {formatLocalDate(day.localDate, person.locale)}
                  </h2>
                  <ul className="flex flex-col gap-2">
                    {day.entries.map((entry) => (
                      <li key={entry.id}>
                        <Link href={`/journal/${entry.id}`} className="flex flex-col gap-1 rounded-lg border border-slate-300 bg-white p-4 hover:bg-brand-50">
                          <span className="font-bold text-brand-700 underline">
                            {formatTime(entry.recordedAt, person)} · pain {entry.pain} out of 10
                          </span>
                          <span>
                            {entry.observations.length === 0
                              ? "Nothing noted"
                              : entry.observations.map(describeObservation).join("; ")}
                          </span>
                          <span className="text-base text-slate-700">
                            {entry.careKind === "NONE" ? "No care session" : CARE_KIND_LABELS[entry.careKind]}
                            {entry._count.photos > 0 ? ` · ${entry._count.photos} ${entry._count.photos === 1 ? "photo" : "photos"}` : ""}
                            {byWhom(entry.createdById) ? ` · recorded by ${byWhom(entry.createdById)}` : ""}
                          </span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          )}
          {nextCursor ? (
            <ButtonLink href={`/journal?${nextPage}`} variant="secondary" className="self-start">
              Show older checks
            </ButtonLink>
          ) : null}
        </>
      )}
    </>
  );
}
