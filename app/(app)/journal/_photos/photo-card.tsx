"use client";

import { useId } from "react";
import { SelectField } from "@/app/_components/select-field";
import { Button } from "@/app/_components/button";
import { FOOT_LABELS, FOOT_OPTIONS, REGION_LABELS, REGION_OPTIONS } from "@/lib/foot-health/vocabulary";
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
  return (
    <li className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3">
      {/* eslint-disable-next-line @next/next/no-img-element -- served by the authorising route; the image optimiser would fetch it without the person's cookies */}
      <img src={photo.thumbnailUrl ?? photoUrl(photo.id, "thumb")} alt={describePhoto(label, photo)} className="h-40 w-full rounded-md bg-slate-100 object-contain" />
      <div className="grid grid-cols-1 gap-3">
        <SelectField
          id={`${id}-foot`}
          label={<>Foot<span className="sr-only"> in {label.toLowerCase()}</span></>}
          placeholder="Not chosen"
          options={FOOT_OPTIONS}
          value={photo.foot ?? ""}
          onChange={(event) => onChange({ foot: (event.target.value || null) as Foot | null })}
        />
        <SelectField
          id={`${id}-region`}
          label={<>Where<span className="sr-only"> in {label.toLowerCase()}</span></>}
          placeholder="Not chosen"
          options={REGION_OPTIONS}
          value={photo.region ?? ""}
          onChange={(event) => onChange({ region: (event.target.value || null) as FootRegion | null })}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-caption`} className="font-semibold">
          Caption<span className="sr-only"> for {label.toLowerCase()}</span> (optional)
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
        Remove<span className="sr-only"> {label.toLowerCase()}</span>
      </Button>
    </li>
  );
}

function describePhoto(label: string, photo: UploadedPhoto): string {
  const spot = [photo.foot ? FOOT_LABELS[photo.foot].toLowerCase() : null, photo.region ? REGION_LABELS[photo.region].toLowerCase() : null].filter(Boolean);
  const caption = (photo.caption ?? "").trim();
  return `${label}${spot.length > 0 ? `, ${spot.join(", ")}` : ""}${caption ? `: ${caption}` : ""}`;
}
