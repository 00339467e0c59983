"use client";

import { DateField } from "@/app/_components/date-field";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Controller, useFieldArray, useWatch } from "react-hook-form";
import { FootMap, spotKey, type SpotKey } from "@/app/_components/foot-map";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { PainScale } from "@/app/_components/pain-scale";
import { SelectField } from "@/app/_components/select-field";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import { useReadMessage } from "@/app/_components/use-read-message";
import { useScoreOptions } from "@/app/_components/use-score-options";
import type { ActionResult } from "@/lib/actions";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { MAX_NOTES_LENGTH, MAX_PHOTOS } from "@/lib/journal/limits";
import type { EntryFormValues } from "@/lib/journal/schemas";
import { localDateTimeOf } from "@/lib/time/local-day";
import { CARE_KINDS } from "@/lib/foot-health/vocabulary";
import { OpenJournalProvider, type OpenJournal } from "../../_journals/open-journal";
import { PhotoUploader } from "../_photos/photo-uploader";
import { createEntryAction, updateEntryAction } from "../actions";
import { hasDevicePhotos, saveOnDevice } from "../_offline/save-on-device";
import { ObservationRow } from "./observation-row";
import { TemperatureFields } from "./temperature-fields";

type ObservationValues = EntryFormValues["observations"][number];

type Props = {
  /** The journal this form was opened in: a new check and its photos are saved to it. */
  journal: OpenJournal;
  /** For a new check saved without a connection: whose device queue it joins. */
  userId?: string;
  timeZone: string;
  today: string;
  defaultValues: EntryFormValues;
  lastObservations: ObservationValues[] | null;
  submitLabel: string;
  /** Editing this entry; a new one when absent. */
  entryId?: string;
  /** URL of the last saved photo of each spot ("LEFT:HEEL"), to line a new photo up with it. */
  lastSpotPhotos: Record<string, string>;
  /** The person monitors skin temperature: its fields start open. */
  monitorsTemperature: boolean;
};

const blankObservation = (foot: Foot | "", region: FootRegion | ""): ObservationValues => ({ foot, region, kind: "", customKind: "", pain: "", note: "" });

export function EntryForm({ journal, userId, timeZone, today, defaultValues, lastObservations, submitLabel, entryId, lastSpotPhotos, monitorsTemperature }: Props) {
  const t = useTranslations("entry");
  const words = useTranslations("vocabulary");
  const scoreOptions = useScoreOptions();
  const router = useRouter();
  const { register, control, onSubmit, status, setFocus, formState, preloadSchema, getValues, setValue, reset } = useActionForm({
    // Imported after the page shows: zod is the larger part of the form's JavaScript.
    schema: () => import("@/lib/journal/schemas").then(({ makeEntrySchema }) => makeEntrySchema({ timeZone })),
    defaultValues,
    action: async (values): Promise<ActionResult<{ id: string } | { queued: true }>> => {
      if (entryId) return updateEntryAction({ entryId, values });
      // No connection, or photos waiting on the device: the check joins the device's queue.
      if (userId && (!navigator.onLine || hasDevicePhotos(getValues()))) return { ok: true as const, data: { queued: true as const } };
      try {
        return await createEntryAction({ journalId: journal.id, values });
      } catch (error) {
        if (!userId) throw error;
        return { ok: true as const, data: { queued: true as const } };
      }
    },
    onSuccess: async (entry) => {
      if ("queued" in entry) {
        await saveOnDevice(userId!, journal, getValues());
        reset({ ...defaultValues, ...localDateTimeOf(new Date(), timeZone) });
        return t("queued");
      }
      router.push(`/journal/${entry.id}?saved=1`);
      router.refresh();
    },
    fieldErrorsMessage: t("fieldErrors"),
  });
  // A new check's form may open as the device kept it, hours ago: its date and time start at now.
  // A person on a slow phone may have typed a date before the page was ready: that one is kept.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (entryId) return;
    const now = localDateTimeOf(new Date(), timeZone);
    for (const name of ["date", "time"] as const) {
      const input = formRef.current?.elements.namedItem(name);
      const shown = input instanceof HTMLInputElement ? input.value : defaultValues[name];
      const value = shown !== defaultValues[name] ? shown : now[name];
      if (getValues(name) !== value) setValue(name, value);
    }
  }, [entryId, timeZone, defaultValues, getValues, setValue]);
  const observations = useFieldArray({ control, name: "observations" });
  const [watchedObservations, careKind, notes] = useWatch({ control, name: ["observations", "careKind", "notes"] });
  const notesLength = notes?.length ?? 0;
  // A carer records for someone: the questions are about that person's feet.
  const whose = journal.own ? undefined : journal.name;
  const who = { own: journal.own ? "yes" : "no", name: journal.name };
  const errors = formState.errors;
  const read = useReadMessage();

  // Field-array changes (add, remove, "start from my last entry") show in `fields`; edits of a row's
  // selects show in the watched values.
  const currentObservations = observations.fields.map((field, index) => watchedObservations?.[index] ?? field);
  const chosenSpots = new Set<SpotKey>(currentObservations.flatMap((o) => (o.foot && o.region ? [spotKey(o.foot, o.region)] : [])));

  // Choosing a place keeps focus on the map (a second place is one Tab away); the foot map sends
  // the next Tab to the new observation.
  const chooseSpot = (foot: Foot, region: FootRegion) => observations.append(blankObservation(foot, region), { shouldFocus: false });
  const goToObservation = (foot: Foot, region: FootRegion) => {
    const index = currentObservations.findIndex((o) => o.foot === foot && o.region === region);
    if (index >= 0) setFocus(`observations.${index}.kind`);
  };

  return (
    // The schema is fetched once the person starts on the form, not while the page is loading.
    <form ref={formRef} onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-8">

      <section aria-labelledby="when-heading" className="flex flex-col gap-3">
        <h2 id="when-heading" className="text-2xl font-bold">
          {t("when")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField id="date" label={t("date")} max={today} error={errors.date?.message} {...register("date")} />
          <FormField id="time" label={t("time")} type="time" error={errors.time?.message} {...register("time")} />
        </div>
      </section>

      <section aria-labelledby="pain-heading" className="flex flex-col gap-3">
        <h2 id="pain-heading" className="text-2xl font-bold">
          {t("painQuestion", who)}
        </h2>
        <PainScale legend={t("painLegend")} name="pain" register={register("pain")} error={errors.pain?.message} />
      </section>

      <section aria-labelledby="where-heading" className="flex flex-col gap-3">
        <h2 id="where-heading" className="text-2xl font-bold">
          {t("whereQuestion", who)}
        </h2>
        <p className="text-slate-700">{t("mapHint")}</p>
        {lastObservations && lastObservations.length > 0 ? (
          <Button type="button" variant="secondary" className="self-start" onClick={() => observations.replace(lastObservations)}>
            {t("startFromLast", { ...who, count: lastObservations.length })}
          </Button>
        ) : null}
        <FootMap whose={whose} chosen={chosenSpots} onChoose={chooseSpot} onGoToObservation={goToObservation} />
        {observations.fields.length === 0 ? (
          <p className="rounded-md border-2 border-dashed border-slate-400 bg-white p-4">{t("nothingNoted", who)}</p>
        ) : (
          <ol className="flex flex-col gap-3" aria-label={t("observations")}>
            {observations.fields.map((item, index) => (
              <ObservationRow
                key={item.id}
                index={index}
                kind={currentObservations[index]?.kind}
                register={register}
                errors={errors.observations}
                onRemove={() => observations.remove(index)}
              />
            ))}
          </ol>
        )}
        <Button type="button" variant="secondary" className="self-start" onClick={() => observations.append(blankObservation("", ""), { focusName: `observations.${observations.fields.length}.foot` })}>
          {t("addWithoutMap")}
        </Button>
        {errors.observations?.root?.message || errors.observations?.message ? (
          <p className="font-semibold text-red-800">{read(errors.observations?.root?.message ?? errors.observations?.message)}</p>
        ) : null}
      </section>

      <section aria-labelledby="care-heading" className="flex flex-col gap-3">
        <h2 id="care-heading" className="text-2xl font-bold">
          {t("careTitle")}
        </h2>
        <fieldset className="flex flex-col gap-2">
          <legend className="font-semibold">{t("careQuestion", who)}</legend>
          {CARE_KINDS.map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-3 text-lg">
              <input type="radio" value={kind} className="h-6 w-6" {...register("careKind")} />
              {words(`care.${kind}`)}
            </label>
          ))}
        </fieldset>
        {careKind !== "NONE" ? (
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField id="careMinutes" label={t("careMinutes")} type="number" inputMode="numeric" min={1} max={240} error={errors.careMinutes?.message} {...register("careMinutes")} />
            <label className="flex min-h-12 items-center gap-3 self-end text-lg">
              <input type="checkbox" className="h-6 w-6" {...register("lotionUsed")} />
              {t("lotion")}
            </label>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="more-heading" className="flex flex-col gap-4">
        <h2 id="more-heading" className="text-2xl font-bold">
          {t("moreTitle")}
        </h2>
        <SelectField
          id="fatigue"
          label={t("fatigue", who)}
          placeholder={t("notNoted")}
          options={scoreOptions(words("notTired"), words("exhausted"))}
          className="sm:max-w-md"
          {...register("fatigue")}
        />
        <TemperatureFields
          register={register}
          errors={errors.temperatures}
          open={monitorsTemperature || hasReadings(defaultValues.temperatures)}
          hasUnrecordedSpot={Boolean(defaultValues.temperatures?.LEFT?.UNRECORDED || defaultValues.temperatures?.RIGHT?.UNRECORDED)}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="notes" className="font-semibold">
            {t("notes")}
          </label>
          <textarea
            id="notes"
            rows={4}
            aria-describedby="notes-count"
            aria-invalid={errors.notes ? true : undefined}
            className="rounded-md border-2 border-slate-400 bg-white p-3 text-lg"
            {...register("notes")}
          />
          <p id="notes-count" className={notesLength > MAX_NOTES_LENGTH ? "font-semibold text-red-800" : "text-base text-slate-600"}>
            {t("notesCount", { count: notesLength, max: MAX_NOTES_LENGTH })}
          </p>
          {errors.notes ? <p className="font-semibold text-red-800">{read(errors.notes.message)}</p> : null}
        </div>
      </section>

      <section aria-labelledby="photos-heading" className="flex flex-col gap-3">
        <h2 id="photos-heading" className="text-2xl font-bold">
          {t("photos")}
        </h2>
        <Controller
          control={control}
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
      </section>

      <div className="flex flex-col gap-3">
        <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("saving")}>
          {submitLabel}
        </Button>
        <FormStatusNotice status={status} />
      </div>
    </form>
  );
}

function hasReadings(temperatures: EntryFormValues["temperatures"]): boolean {
  return Object.values(temperatures ?? {}).some((foot) => Object.values(foot ?? {}).some((value) => value !== "" && value !== undefined && value !== null));
}
