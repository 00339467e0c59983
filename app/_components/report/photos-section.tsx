import { translatorFor } from "@/lib/i18n/translator";
import type { ReportData, ReportPhoto } from "@/lib/report/load-report";
import { formatShortDate } from "@/lib/report/wording";
import { ReportSection } from "./report-section";

/** Where this reader may fetch each photo from: the person's own route, or the share link's. */
export type PhotoSrc = (photoId: string, size: "thumb" | "full") => string;

export function PhotosSection({ photoPairs, locale, photoSrc }: { photoPairs: ReportData["photoPairs"]; locale: string; photoSrc: PhotoSrc }) {
  const t = translatorFor(locale, "reportParts");
  const words = translatorFor(locale, "vocabulary");
  return (
    <ReportSection id="photos-heading" title={t("photosTitle")}>
      {photoPairs.length ? (
        <ul className="flex flex-col gap-4">
          {photoPairs.map((pair) => (
            <li key={`${pair.foot}:${pair.region}`} className="report-keep flex flex-col gap-2">
              <h4 className="font-semibold">
                {t("place", { foot: words(`feet.${pair.foot}`), region: words(`regionsInSentence.${pair.region}`) })}
              </h4>
              <div className="grid grid-cols-2 gap-3">
                <ReportImage photo={pair.first} which="first" src={photoSrc} locale={locale} />
                {pair.latest ? <ReportImage photo={pair.latest} which="latest" src={photoSrc} locale={locale} /> : <p>{t("onlyOnePhoto")}</p>}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noPhotos")}</p>
      )}
    </ReportSection>
  );
}

function ReportImage({ photo, which, src, locale }: { photo: ReportPhoto; which: "first" | "latest"; src: PhotoSrc; locale: string }) {
  const t = translatorFor(locale, "reportParts");
  const date = formatShortDate(photo.localDate, locale);
  return (
    <figure className="flex flex-col gap-1">
      {/* eslint-disable-next-line @next/next/no-img-element -- served by an authorising route; next/image would proxy it */}
      <img src={src(photo.id, "full")} alt={t("photoAlt", { which, date }) + (photo.caption ? `: ${photo.caption}` : "")} width={photo.width} height={photo.height} className="h-auto max-h-72 w-full rounded border border-black object-contain" />
      <figcaption className="text-sm">
        {t("photoCaption", { which, date })}
        {photo.caption ? ` — ${photo.caption}` : ""}
      </figcaption>
    </figure>
  );
}
