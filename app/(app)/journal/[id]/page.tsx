import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { notFound } from "next/navigation";
import { AdviceList } from "@/app/_components/advice-list";
import { Notice } from "@/app/_components/notice";
import { attributionFor } from "@/lib/journals/attribution";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { can } from "@/lib/journals/policy";
import { guidanceForEntry } from "@/lib/advice/load";
import { getTranslations } from "next-intl/server";
import { findEntry } from "@/lib/journal/queries";
import { formatDate, formatDateTime } from "@/lib/time/format-in-zone";
import { TemperatureReadings } from "../_entry/temperature-readings";
import { DeleteEntryButton } from "./delete-entry-button";
import { ButtonLink } from "@/app/_components/button";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("entryPage"))("metaTitle") };
}

export default async function EntryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { journal: person, access } = await requireJournalAccess("read", "entry");
  const entry = await findEntry(person.id, (await params).id);
  if (!entry) notFound();
  const { saved } = await searchParams;
  const guidance = await guidanceForEntry(person.id, entry.id);
  if (!guidance) notFound();
  const when = formatDateTime(entry.recordedAt, person);
  const byWhom = await attributionFor(person.id, [entry.createdById, entry.updatedById, ...entry.observations.map((observation) => observation.healedById)]);
  const recordedBy = byWhom(entry.createdById);
  const changedBy = entry.updatedById !== entry.createdById ? byWhom(entry.updatedById) : null;
  const [t, words, tGuidance] = await Promise.all([getTranslations("entryPage"), getTranslations("vocabulary"), getTranslations("guidance")]);
  const place = (foot: Foot, region: FootRegion) => t("place", { foot: words(`feetInSentence.${foot}`), region: words(`regionsInSentence.${region}`) });

  return (
    <ClientMessages namespaces={["common", "dialogs", "entryPage", "errors", "healed"]}>
      {saved ? <Notice tone="success">{t("saved")}</Notice> : null}
      <div className="flex flex-col gap-1">
        <Link href="/journal" className="font-semibold text-brand-700 underline">
          ← {t("back")}
        </Link>
        <h1 className="text-3xl font-bold">{t("title", { when })}</h1>
        {recordedBy || changedBy ? (
          <p className="text-lg text-slate-700" data-testid="recorded-by">
            {t("recordedBy", { name: recordedBy ?? person.name })}
            {changedBy ? t("changedBy", { name: changedBy }) : ""}
          </p>
        ) : null}
      </div>

      <AdviceList advice={guidance.advice} wording={{ locale: person.locale, today: guidance.asOf.localDate }} headingId="advice-heading" emptyText={tGuidance("noGuidance")} />

      <section aria-labelledby="details-heading" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="details-heading" className="text-2xl font-bold">
          {t("recorded")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("overallPain")}</dt>
          <dd>{t("outOfTen", { score: entry.pain })}</dd>
          {entry.fatigue !== null ? (
            <>
              <dt className="font-semibold">{t("tiredness")}</dt>
              <dd>{t("outOfTen", { score: entry.fatigue })}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("care")}</dt>
          <dd>
            {words(`care.${entry.careKind}`)}
            {entry.careMinutes ? t("careMinutes", { minutes: entry.careMinutes }) : ""}
            {entry.lotionUsed ? t("withLotion") : ""}
          </dd>
        </dl>
        {entry.temperatures.length > 0 ? <TemperatureReadings readings={entry.temperatures.map((reading) => ({ ...reading, celsius: reading.celsius.toNumber() }))} locale={person.locale} /> : null}
        <h3 className="text-xl font-bold">{t("observations")}</h3>
        {entry.observations.length === 0 ? (
          <p>{t("nothingNoted")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {entry.observations.map((observation) => (
              <li key={observation.id} className="rounded-md border border-slate-300 p-3">
                <p className="font-semibold">
                  {t("observation", {
                    what: observation.kind === "OTHER" && observation.customKind ? observation.customKind : words(`kinds.${observation.kind}`),
                    place: place(observation.foot, observation.region),
                  })}
                </p>
                {observation.pain !== null ? <p>{t("painThere", { score: observation.pain })}</p> : null}
                {observation.healedAt ? (
                  <p className="text-slate-700">
                    {t("healedOn", { date: formatDate(observation.healedAt, person) })}
                    {observation.healedById && byWhom(observation.healedById) ? t("healedBy", { name: byWhom(observation.healedById)! }) : ""}
                  </p>
                ) : null}
                {observation.note ? <p className="text-slate-700">{observation.note}</p> : null}
              </li>
            ))}
          </ul>
        )}
        {entry.notes ? (
          <>
            <h3 className="text-xl font-bold">{t("notes")}</h3>
            <p className="whitespace-pre-wrap break-words">{entry.notes}</p>
          </>
        ) : null}
      </section>

      {entry.photos.length > 0 ? (
        <section aria-labelledby="photos-heading" className="flex flex-col gap-3">
          <h2 id="photos-heading" className="text-2xl font-bold">
            {t("photos")}
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {entry.photos.map((photo, index) => {
              const spot = photo.foot && photo.region ? t("photoSpot", { foot: words(`feet.${photo.foot}`), region: words(`regionsInSentence.${photo.region}`) }) : null;
              const alt = [t("photo", { number: index + 1 }), spot, photo.caption].filter(Boolean).join(": ");
              return (
                <li key={photo.id} className="flex flex-col gap-1">
                  <a href={`/api/photos/${photo.id}`} className="block">
                    {/* eslint-disable-next-line @next/next/no-img-element -- served by our authorising route, not the image optimiser */}
                    <img src={`/api/photos/${photo.id}?size=thumb`} alt={alt} className="aspect-square w-full rounded-md border border-slate-300 object-cover" />
                  </a>
                  {spot ? <span className="text-base">{spot}</span> : null}
                  {photo.caption ? <span className="text-base text-slate-700">{photo.caption}</span> : null}
                  {photo.foot && photo.region ? (
                    <Link href={`/journal/compare?foot=${photo.foot}&region=${photo.region}`} className="text-base font-semibold text-brand-700 underline">
                      {t("compare")}
                    </Link>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {can(access, "record") ? (
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/journal/${entry.id}/edit`} variant="secondary">
            {t("edit")}
          </ButtonLink>
          <DeleteEntryButton entryId={entry.id} description={when} />
        </div>
      ) : null}
    </ClientMessages>
  );
}
