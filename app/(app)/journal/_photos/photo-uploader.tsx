"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { Notice } from "@/app/_components/notice";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { MAX_PHOTO_BYTES } from "@/lib/photos/limits";
import type { UploadedPhoto } from "@/lib/photos/schemas";
import { LineUpWithLastPhoto } from "./line-up-with-last-photo";
import { PhotoCard } from "./photo-card";
import { TransferList } from "./transfer-list";
import { usePhotoUploads } from "./use-photo-uploads";

type Props = {
  value: UploadedPhoto[];
  onChange(next: UploadedPhoto[]): void;
  max: number;
  /** The last saved photo of a spot, to line a new one up with; enables the camera overlay. */
  previousSpotPhotoUrl?: (foot: Foot, region: FootRegion) => string | undefined;
};

/**
 * Adds photos to a form: each chosen file is uploaded at once (POST /api/photos) with its own
 * progress bar and error, and appears as a thumbnail with foot, region and caption to fill in.
 * The uploaded photos live in the parent form's state, so a failed save does not lose them.
 */
export function PhotoUploader({ value, onChange, max, previousSpotPhotoUrl }: Props) {
  const baseId = useId();
  const countRef = useRef<HTMLParagraphElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const uploads = usePhotoUploads({ value, onChange, max });
  const t = useTranslations("photos");
  const words = useTranslations("vocabulary");

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${baseId}-files`} className="font-semibold">
          {t("add")}
        </label>
        <p id={`${baseId}-hint`} className="text-base text-slate-600">
          {t("hint", { megabytes: MAX_PHOTO_BYTES / (1024 * 1024), max })}
        </p>
        <input
          ref={fileInput}
          id={`${baseId}-files`}
          type="file"
          accept="image/*"
          multiple
          disabled={uploads.slotsLeft === 0}
          aria-describedby={`${baseId}-hint ${baseId}-count`}
          className="min-h-12 w-full rounded-md border-2 border-slate-400 bg-white p-2 text-lg file:mr-3 file:min-h-10 file:rounded-md file:border-0 file:bg-brand-600 file:px-4 file:font-semibold file:text-white disabled:opacity-60"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            // Cleared, so choosing the same file again (after an error) fires again.
            event.currentTarget.value = "";
            uploads.addFiles(files.map((file) => ({ file, name: file.name || t("fileName") })));
          }}
        />
        {/* On a phone this opens the rear camera straight away (the one that sees a foot); elsewhere it chooses a file. */}
        <label
          htmlFor={`${baseId}-camera`}
          className={`mt-2 inline-flex min-h-12 cursor-pointer items-center justify-center self-start rounded-md border-2 border-brand-600 bg-white px-5 text-lg font-semibold text-brand-700 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-amber-700 ${uploads.slotsLeft === 0 ? "opacity-60" : ""}`}
        >
          {t("take")}
          <input
            id={`${baseId}-camera`}
            type="file"
            accept="image/*"
            capture="environment"
            disabled={uploads.slotsLeft === 0}
            className="sr-only"
            onChange={(event) => {
              const files = Array.from(event.currentTarget.files ?? []);
              event.currentTarget.value = "";
              uploads.addFiles(files.map((file) => ({ file, name: file.name || t("cameraName") })));
            }}
          />
        </label>
        <p id={`${baseId}-count`} ref={countRef} tabIndex={-1} className="text-base text-slate-600">
          {t("count", { count: value.length, max })}
        </p>
      </div>

      {uploads.limitMessage ? <Notice tone="error">{uploads.limitMessage}</Notice> : null}
      <p role="status" className="sr-only">
        {uploads.announcement}
      </p>

      {previousSpotPhotoUrl ? (
        <LineUpWithLastPhoto
          previousSpotPhotoUrl={previousSpotPhotoUrl}
          disabled={uploads.slotsLeft === 0}
          onCapture={(blob, tags) => uploads.addFiles([{ file: blob, name: t("cameraSpotName", { foot: words(`feetInSentence.${tags.foot}`), region: words(`regionsInSentence.${tags.region}`) }), tags }])}
        />
      ) : null}

      <TransferList transfers={uploads.transfers} onRetry={uploads.retry} onDismiss={uploads.dismiss} onChooseAnother={() => fileInput.current?.click()} />

      {value.length > 0 ? (
        <ul aria-label={t("listLabel")} className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {value.map((photo, index) => {
            const label = t("photo", { number: index + 1 });
            return (
              <PhotoCard
                key={photo.id}
                photo={photo}
                label={label}
                onChange={(change) => uploads.changePhoto(photo.id, change)}
                onRemove={() => {
                  uploads.removePhoto(photo, label);
                  // The remove button is gone: focus moves to the count, which says what changed.
                  countRef.current?.focus();
                }}
              />
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
