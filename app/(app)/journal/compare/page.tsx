import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/app/_components/button";
import { EmptyState } from "@/app/_components/empty-state";
import { Notice } from "@/app/_components/notice";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { SelectField } from "@/app/_components/select-field";
import { FEET, FOOT_LABELS, FOOT_OPTIONS, REGION_LABELS, REGION_OPTIONS, REGIONS } from "@/lib/foot-health/vocabulary";
import { photosOfSpot, spotsWithPhotos, type SpotPhoto } from "@/lib/photos/queries";
import { formatLocalDate, formatTime } from "@/lib/time/format-in-zone";

export const metadata: Metadata = { title: "Compare photos" };

type Params = Record<string, string | string[] | undefined>;
type Reader = { timeZone: string; locale: string };

function one<T extends string>(value: string | string[] | undefined, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** The same spot, two days side by side: the first and latest photos, or any two the person picks. */
export default async function ComparePage({ searchParams }: { searchParams: Promise<Params> }) {
  const { journal: person } = await requireJournalAccess("read");
  const params = await searchParams;
  const spots = await spotsWithPhotos(person.id);
  const foot = one(params.foot, FEET) ?? spots[0]?.foot;
  const region = one(params.region, REGIONS) ?? spots[0]?.region;
  // Ids come from the address: only the user's own photos of this spot are looked in, so anyone
  // else's id is simply not found and the default is shown instead.
  const photos = foot && region ? await photosOfSpot(person.id, foot, region) : [];
  const a = photos.find((photo) => photo.id === params.a) ?? photos[0];
  const b = photos.find((photo) => photo.id === params.b) ?? photos.at(-1);
  const spotLabel = foot && region ? `${FOOT_LABELS[foot]}, ${REGION_LABELS[region].toLowerCase()}` : "";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">Compare photos</h1>
        <Link href="/journal" className="font-semibold text-brand-700 underline">
          Back to the journal
        </Link>
      </div>

      {spots.length === 0 ? (
        <EmptyState title="No photos to compare yet" action={{ href: "/journal/new", label: "Record a foot check" }}>
          <p>
            To follow one spot over time, add a photo to a foot check and choose its <strong>foot</strong> and <strong>where</strong> on the foot (heel,
            toes, arch…) beside the photo before you save. Photos of the same spot from different days then appear here side by side, with the pain you
            recorded each day.
          </p>
        </EmptyState>
      ) : (
        <>
          <form method="get" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4" aria-labelledby="spot-heading">
            <h2 id="spot-heading" className="text-xl font-bold">
              Which spot?
            </h2>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              <SelectField id="foot" name="foot" label="Foot" defaultValue={foot} options={FOOT_OPTIONS} />
              <SelectField id="region" name="region" label="Where on the foot" defaultValue={region} options={REGION_OPTIONS} />
            </div>
            <Button type="submit" className="self-start">
              Show photos
            </Button>
            <p className="text-base text-slate-700">
              Spots with photos:{" "}
              {spots.map((spot, index) => (
                <span key={`${spot.foot}:${spot.region}`}>
                  {index > 0 ? " · " : null}
                  <Link href={`/journal/compare?foot=${spot.foot}&region=${spot.region}`} className="text-brand-700 underline">
                    {FOOT_LABELS[spot.foot]}, {REGION_LABELS[spot.region].toLowerCase()} ({spot.count})
                  </Link>
                </span>
              ))}
            </p>
          </form>

          {!a || !b || !foot || !region ? (
            <Notice tone="info">
              There are no saved photos of the {spotLabel.toLowerCase()} yet. When you add a photo to a foot check, choose this foot and place beside it, and it
              will appear here.
            </Notice>
          ) : (
            <section aria-labelledby="comparison-heading" className="flex flex-col gap-4">
              <h2 id="comparison-heading" className="text-2xl font-bold">
                {spotLabel}
              </h2>
              {photos.length === 1 ? (
                <Notice tone="info">This is the only photo of this spot so far. Add another on a later day to compare them.</Notice>
              ) : (
                <ChooseDates photos={photos} foot={foot} region={region} a={a} b={b} reader={person} />
              )}
              <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
                <PhotoOfDay photo={a} spotLabel={spotLabel} reader={person} />
                {photos.length > 1 ? <PhotoOfDay photo={b} spotLabel={spotLabel} reader={person} /> : null}
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}

function ChooseDates({ photos, foot, region, a, b, reader }: { photos: SpotPhoto[]; foot: Foot; region: FootRegion; a: SpotPhoto; b: SpotPhoto; reader: Reader }) {
  const options = photos.map((photo) => ({
    value: photo.id,
    label: `${formatLocalDate(photo.localDate, reader.locale)}, ${formatTime(photo.recordedAt, reader)} — pain ${photo.pain}/10${photo.caption ? ` — ${photo.caption}` : ""}`,
  }));
  return (
    <form method="get" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-4" aria-label="Choose two dates to compare">
      <input type="hidden" name="foot" value={foot} />
      <input type="hidden" name="region" value={region} />
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <SelectField id="compare-a" name="a" label="First photo" defaultValue={a.id} options={options} />
        <SelectField id="compare-b" name="b" label="Second photo" defaultValue={b.id} options={options} />
      </div>
      <Button type="submit" className="self-start">
        Compare these
      </Button>
    </form>
  );
}

function PhotoOfDay({ photo, spotLabel, reader }: { photo: SpotPhoto; spotLabel: string; reader: Reader }) {
  // The entry's own calendar day (fixed when it was written), and the time in the user's zone.
  const day = formatLocalDate(photo.localDate, reader.locale);
  return (
    <figure className="flex flex-col gap-2 rounded-lg border border-slate-300 bg-white p-3">
      <a href={photo.url} className="block" aria-label={`Open the full photo of ${day}`}>
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
          {day}, {formatTime(photo.recordedAt, reader)}
        </span>
        <span>
          Pain that day: <strong>{photo.pain}</strong> out of 10
        </span>
        {photo.caption ? <span className="text-slate-700">{photo.caption}</span> : null}
      </figcaption>
    </figure>
  );
}
