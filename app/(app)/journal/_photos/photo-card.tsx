"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { SelectField } from "@/app/_components/select-field";
import { Button } from "@/app/_components/button";
import { FEET, REGIONS } from "@/lib/foot-health/vocabulary";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { MAX_CAPTION_LENGTH, photoUrl } from "@/lib/photos/limits";
import type { UploadedPhoto } from "@/lib/photos/schemas";

/** One uploaded photo: its thumbnail, the foot and place it shows, a caption, and a way to remove it. */
export function PhotoCard({
  photo,
  label,
  onChange,
  onRemove,
}: {
  photo: UploadedPhoto;
  /** "Photo 2" */
  label: string;
  onChange(change: Partial<UploadedPhoto>): void;
  onRemove(): void;
}) {
  const id = useId();
  const t = useTranslations("photos");
  const words = useTranslations("vocabulary");
  const hidden = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const spot = [photo.foot ? words(`feetInSentence.${photo.foot}`) : null, photo.region ? words(`regionsInSentence.${photo.region}`) : null].filter(Boolean);
  const caption = (photo.caption ?? "").trim();
  const alt = `${label}${spot.length > 0 ? `, ${spot.join(", ")}` : ""}${caption ? `: ${caption}` : ""}`;
  return (
    <li className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- served by the authorising route; the image optimiser would fetch it without the person's cookies */}
      <img src={photo.thumbnailUrl ?? photoUrl(photo.id, "thumb")} alt={alt} className="h-40 w-full rounded-md bg-slate-100 object-contain" />
      <div className="grid grid-cols-1 gap-3">
        <SelectField
          id={`${id}-foot`}
          label={t.rich("foot", { photo: label, hidden })}
          placeholder={t("notChosen")}
          options={FEET.map((value) => ({ value, label: words(`feet.${value}`) }))}
          value={photo.foot ?? ""}
          onChange={(event) => onChange({ foot: (event.target.value || null) as Foot | null })}
        />
        <SelectField
          id={`${id}-region`}
          label={t.rich("where", { photo: label, hidden })}
          placeholder={t("notChosen")}
          options={REGIONS.map((value) => ({ value, label: words(`regions.${value}`) }))}
          value={photo.region ?? ""}
          onChange={(event) => onChange({ region: (event.target.value || null) as FootRegion | null })}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-caption`} className="font-semibold">
          {t.rich("caption", { photo: label, hidden })}
        </label>
        <input
          id={`${id}-caption`}
          type="text"
          maxLength={MAX_CAPTION_LENGTH}
          value={photo.caption ?? ""}
          onChange={(event) => onChange({ caption: event.target.value })}
          className="min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-3 py-2 text-lg"
        />
      </div>
      <Button type="button" variant="danger" className="self-start" onClick={onRemove}>
        {t.rich("remove", { photo: label, hidden })}
      </Button>
    </li>
  );
}
