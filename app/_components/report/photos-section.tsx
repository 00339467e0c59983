import { FOOT_LABELS, REGION_LABELS } from "@/lib/foot-health/vocabulary";
import type { ReportData, ReportPhoto } from "@/lib/report/load-report";
import { formatShortDate } from "@/lib/report/wording";
import { ReportSection } from "./report-section";

/** Where this reader may fetch each photo from: the person's own route, or the share link's. */
export type PhotoSrc = (photoId: string, size: "thumb" | "full") => string;

export function PhotosSection({ photoPairs, locale, photoSrc }: { photoPairs: ReportData["photoPairs"]; locale: string; photoSrc: PhotoSrc }) {
  return (
    <ReportSection id="photos-heading" title="Photos: first and latest of each spot">
      {photoPairs.length ? (
        <ul className="flex flex-col gap-4">
          {photoPairs.map((pair) => (
            <li key={`${pair.foot}:${pair.region}`} className="report-keep flex flex-col gap-2">
              <h4 className="font-semibold">
                {FOOT_LABELS[pair.foot]}, {REGION_LABELS[pair.region].toLowerCase()}
              </h4>
              <div className="grid grid-cols-2 gap-3">
                <ReportImage photo={pair.first} label="First" src={photoSrc} locale={locale} />
                {pair.latest ? <ReportImage photo={pair.latest} label="Latest" src={photoSrc} locale={locale} /> : <p>Only one photo of this spot.</p>}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>No tagged photos in this period.</p>
      )}
    </ReportSection>
  );
}

function ReportImage({ photo, label, src, locale }: { photo: ReportPhoto; label: string; src: PhotoSrc; locale: string }) {
  return (
    <figure className="flex flex-col gap-1">
      {/* eslint-disable-next-line @next/next/no-img-element -- served by an authorising route; next/image would proxy it */}
      <img src={src(photo.id, "full")} alt={`${label} photo, ${formatShortDate(photo.localDate, locale)}${photo.caption ? `: ${photo.caption}` : ""}`} width={photo.width} height={photo.height} className="h-auto max-h-72 w-full rounded border border-black object-contain" />
      <figcaption className="text-sm">
        {label}: {formatShortDate(photo.localDate, locale)}
        {photo.caption ? ` — ${photo.caption}` : ""}
      </figcaption>
    </figure>
  );
}
