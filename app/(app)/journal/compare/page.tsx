import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/app/_components/link";
import { Button } from "@/app/_components/button";
import { EmptyState } from "@/app/_components/empty-state";
import { Notice } from "@/app/_components/notice";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { SelectField } from "@/app/_components/select-field";
import { FEET, REGIONS } from "@/lib/foot-health/vocabulary";
import { photosOfSpot, spotsWithPhotos, type SpotPhoto } from "@/lib/photos/queries";
import { formatLocalDate, formatTime } from "@/lib/time/format-in-zone";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

type Params = Record<string, string | string[] | undefined>;
type Reader = { timeZone: string; locale: string };
type Translate = Awaited<ReturnType<typeof getTranslations<"compare">>>;

function one<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The same spot, two days side by side: the first and latest photos, or any two the person picks. */
export default async function ComparePage({ searchParams }: { searchParams: Promise<Params> }) {
  const { journal: person } = await requireJournalAccess("read");
  const params = await searchParams;
  const [spots, t, words] = await Promise.all([spotsWithPhotos(person.id), getTranslations("compare"), getTranslations("vocabulary")]);
  const spotName = (spotFoot: Foot, spotRegion: FootRegion) => t("spot", { foot: words(`feet.${spotFoot}`), region: words(`regionsInSentence.${spotRegion}`) });
  const foot = one(params.foot, FEET) ?? spots[0]?.foot;
  const region = one(params.region, REGIONS) ?? spots[0]?.region;
  // Ids come from the address: only the user's own photos of this spot are looked in, so anyone
  // else's id is simply not found and the default is shown instead.
  const photos = foot && region ? await photosOfSpot(person.id, foot, region) : [];
  const a = photos.find((photo) => photo.id === params.a) ?? photos[0];
  const b = photos.find((photo) => photo.id === params.b) ?? photos.at(-1);
  const spotLabel = foot && region ? spotName(foot, region) : "";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <Link href="/journal" className="font-semibold text-brand-700 underline">
          {t("back")}
        </Link>
      </div>

      {spots.length === 0 ? (
        <EmptyState title={t("emptyTitle")} action={{ href: "/journal/new", label: t("emptyAction") }}>
          <p>{t.rich("emptyText", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        </EmptyState>
      ) : (
        <>
          <form method="get" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4" aria-labelledby="spot-heading">
            <h2 id="spot-heading" className="text-xl font-bold">
              {t("whichSpot")}
            </h2>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <SelectField id="foot" name="foot" label={t("foot")} defaultValue={foot} options={FEET.map((value) => ({ value, label: words(`feet.${value}`) }))} />
              <SelectField id="region" name="region" label={t("where")} defaultValue={region} options={REGIONS.map((value) => ({ value, label: words(`regions.${value}`) }))} />
            </div>
            <Button type="submit" className="self-start">
              {t("show")}
            </Button>
            <p className="text-base text-slate-700">
              {t("spotsWithPhotos")}{" "}
              {spots.map((spot, index) => (
                <span key={`${spot.foot}:${spot.region}`}>
                  {index > 0 ? " · " : null}
                  <Link href={`/journal/compare?foot=${spot.foot}&region=${spot.region}`} className="text-brand-700 underline">
                    {t("spotCount", { spot: spotName(spot.foot, spot.region), count: spot.count })}
                  </Link>
                </span>
              ))}
            </p>
          </form>

          {!a || !b || !foot || !region ? (
            <Notice tone="info">
              {t("noPhotosOfSpot", { foot: foot ? words(`feetInSentence.${foot}`) : "", region: region ? words(`regionsInSentence.${region}`) : "" })}
            </Notice>
          ) : (
            <section aria-labelledby="comparison-heading" className="flex flex-col gap-4">
              <h2 id="comparison-heading" className="text-2xl font-bold">
                {spotLabel}
              </h2>
              {photos.length === 1 ? (
                <Notice tone="info">{t("onlyOne")}</Notice>
              ) : (
                <ChooseDates photos={photos} foot={foot} region={region} a={a} b={b} reader={person} t={t} />
              )}
              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <PhotoOfDay photo={a} spotLabel={spotLabel} reader={person} t={t} />
                {photos.length > 1 ? <PhotoOfDay photo={b} spotLabel={spotLabel} reader={person} t={t} /> : null}
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}

function ChooseDates({ photos, foot, region, a, b, reader, t }: { photos: SpotPhoto[]; foot: Foot; region: FootRegion; a: SpotPhoto; b: SpotPhoto; reader: Reader; t: Translate }) {
  const options = photos.map((photo) => ({
    value: photo.id,
    label: t("dateOption", { day: formatLocalDate(photo.localDate, reader.locale), time: formatTime(photo.recordedAt, reader), pain: photo.pain }) + (photo.caption ? ` — ${photo.caption}` : ""),
  }));
  return (
    <form method="get" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4" aria-label={t("chooseDates")}>
      <input type="hidden" name="foot" value={foot} />
      <input type="hidden" name="region" value={region} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <SelectField id="compare-a" name="a" label={t("first")} defaultValue={a.id} options={options} />
        <SelectField id="compare-b" name="b" label={t("second")} defaultValue={b.id} options={options} />
      </div>
      <Button type="submit" className="self-start">
        {t("compareThese")}
      </Button>
    </form>
  );
}

function PhotoOfDay({ photo, spotLabel, reader, t }: { photo: SpotPhoto; spotLabel: string; reader: Reader; t: Translate }) {
  // The entry's own calendar day (fixed when it was written), and the time in the user's zone.
  const day = formatLocalDate(photo.localDate, reader.locale);
  return (
    <figure className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3">
      <a href={photo.url} className="block" aria-label={t("openFull", { day })}>
        {/* eslint-disable-next-line @next/next/no-img-element -- served by the authorising route; the image optimiser would fetch it without the person's cookies */}
        <img
          src={photo.url}
          alt={`${spotLabel}, ${day}${photo.caption ? `: ${photo.caption}` : ""}`}
          width={photo.width}
          height={photo.height}
          className="h-auto w-full rounded-md bg-slate-100"
        />
      </a>
      <figcaption className="flex flex-col gap-1">
        <span className="text-lg font-semibold">
          {t("dayAndTime", { day, time: formatTime(photo.recordedAt, reader) })}
        </span>
        <span>
          {t.rich("painThatDay", { pain: photo.pain, strong: (chunks) => <strong>{chunks}</strong> })}
        </span>
        {photo.caption ? <span className="text-slate-700">{photo.caption}</span> : null}
      </figcaption>
    </figure>
  );
}
