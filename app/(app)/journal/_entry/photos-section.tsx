"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { Controller, useFormState } from "react-hook-form";
import { useReadMessage } from "@/app/_components/use-read-message";
import { spotKey } from "@/app/_components/foot-map";
import { MAX_PHOTOS } from "@/lib/journal/limits";
import { OpenJournalProvider, type OpenJournal } from "../../_journals/open-journal";
import { PhotoUploader } from "../_photos/photo-uploader";
import { EntrySection } from "./entry-section";
import type { EntryFormParts } from "./form-parts";

type Props = {
  form: EntryFormParts;
  /** The photos are saved to this journal. */
  journal: OpenJournal;
  /** URL of the last saved photo of each spot ("LEFT:HEEL"), to line a new photo up with it. */
  lastSpotPhotos: Record<string, string>;
};

export const PhotosSection = memo(function PhotosSection({ form, journal, lastSpotPhotos }: Props) {
  const t = useTranslations("entry");
  const read = useReadMessage();
  const { errors } = useFormState({ control: form.control, name: "photos" });
  return (
    <EntrySection id="photos" title={t("photos")}>
      <Controller
        control={form.control}
        name="photos"
        render={({ field }) => (
          <OpenJournalProvider journal={journal}>
            <PhotoUploader
              value={field.value ?? []}
              onChange={field.onChange}
              max={MAX_PHOTOS}
              previousSpotPhotoUrl={(foot, region) => lastSpotPhotos[spotKey(foot, region)]}
            />
          </OpenJournalProvider>
        )}
      />
      {errors.photos?.message ? <p className="font-semibold text-red-800">{read(errors.photos.message)}</p> : null}
    </EntrySection>
  );
});
