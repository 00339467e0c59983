import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { QueuedChecks } from "./_offline/queued-checks";
import { Link } from "@/app/_components/link";
import { EmptyState } from "@/app/_components/empty-state";
import { Notice } from "@/app/_components/notice";
import { attributionFor } from "@/lib/journals/attribution";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { can } from "@/lib/journals/policy";
import { hasEntries, listEntries } from "@/lib/journal/queries";
import { entryFiltersSchema } from "@/lib/journal/schemas";
import { formatLocalDate, formatTime } from "@/lib/time/format-in-zone";
import { JournalFilters } from "./journal-filters";
import { ButtonLink } from "@/app/_components/button";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("journal") };
}

export default async function JournalPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { journal: person, access, user } = await requireJournalAccess("read", "journal");
  const raw = await searchParams;
  const filters = entryFiltersSchema.parse(raw);
  const [{ days, nextCursor }, anyEntries] = await Promise.all([listEntries(person.id, filters), hasEntries(person.id)]);
  const [byWhom, t, words] = await Promise.all([
    attributionFor(person.id, days.flatMap((day) => day.entries.map((entry) => entry.createdById))),
    getTranslations("journalList"),
    getTranslations("vocabulary"),
  ]);
  const nextPage = new URLSearchParams(
    Object.entries({ ...filters, cursor: nextCursor }).flatMap(([key, value]) => (value === null ? [] : [[key, String(value)]])),
  );

  return (
    <ClientMessages namespaces={["common", "dialogs", "errors", "queued"]}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        {can(access, "record") ? (
          <ButtonLink href="/journal/new">
            {t("checkNow")}
          </ButtonLink>
        ) : null}
      </div>
      {raw.deleted ? <Notice tone="success">{t("deleted")}</Notice> : null}
      <QueuedChecks userId={user.id} />
      {!anyEntries ? (
        <EmptyState title={t("emptyTitle")} action={{ href: "/journal/new", label: t("emptyAction") }}>
          <p>{t("emptyText")}</p>
        </EmptyState>
      ) : (
        <>
          <JournalFilters filters={filters} />
          {days.length === 0 ? (
            <p className="rounded-md border-2 border-dashed border-slate-400 bg-white p-4">{t("noMatch")}</p>
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
                            {t("timeAndPain", { time: formatTime(entry.recordedAt, person), pain: entry.pain })}
                          </span>
                          <span>
                            {entry.observations.length === 0
                              ? t("nothingNoted")
                              : entry.observations
                                  .map((observation) =>
                                    t("observation", {
                                      what: observation.kind === "OTHER" && observation.customKind ? observation.customKind : words(`kinds.${observation.kind}`),
                                      foot: words(`feetInSentence.${observation.foot}`),
                                      region: words(`regionsInSentence.${observation.region}`),
                                    }),
                                  )
                                  .join("; ")}
                          </span>
                          <span className="text-base text-slate-700">
                            {entry.careKind === "NONE" ? t("noCare") : words(`care.${entry.careKind}`)}
                            {entry._count.photos > 0 ? t("photos", { count: entry._count.photos }) : ""}
                            {byWhom(entry.createdById) ? t("recordedBy", { name: byWhom(entry.createdById)! }) : ""}
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
              {t("older")}
            </ButtonLink>
          ) : null}
        </>
      )}
    </ClientMessages>
  );
}
