"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef } from "react";
import { FormStatusNotice } from "@/app/_components/form-status";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import type { ActionResult } from "@/lib/actions";
import type { EntryFormValues } from "@/lib/journal/schemas";
import { localDateTimeOf } from "@/lib/time/local-day";
import type { OpenJournal } from "../../_journals/open-journal";
import { createEntryAction, updateEntryAction } from "../actions";
import { hasDevicePhotos, saveOnDevice } from "../_offline/save-on-device";
import { CareSection } from "./care-section";
import type { EntryFormParts } from "./form-parts";
import { MoreSection } from "./more-section";
import { PainSection } from "./pain-section";
import { PhotosSection } from "./photos-section";
import { WhenSection } from "./when-section";
import { WhereSection } from "./where-section";

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

export function EntryForm({ journal, userId, timeZone, today, defaultValues, lastObservations, submitLabel, entryId, lastSpotPhotos, monitorsTemperature }: Props) {
  const t = useTranslations("entry");
  const router = useRouter();
  const { register, field, choice, control, onSubmit, status, setFocus, formState, preloadSchema, getValues, setValue, reset } = useActionForm({
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
  const parts = useMemo<EntryFormParts>(() => ({ control, register, field, choice, setFocus }), [control, register, field, choice, setFocus]);

  return (
    // The schema is fetched once the person starts on the form, not while the page is loading.
    <form ref={formRef} onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-8">
      <WhenSection form={parts} today={today} />
      <PainSection form={parts} journal={journal} />
      <WhereSection form={parts} journal={journal} lastObservations={lastObservations} />
      <CareSection form={parts} journal={journal} />
      <MoreSection form={parts} journal={journal} monitorsTemperature={monitorsTemperature} temperatures={defaultValues.temperatures} />
      <PhotosSection form={parts} journal={journal} lastSpotPhotos={lastSpotPhotos} />
      <div className="flex flex-col gap-3">
        <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("saving")}>
          {submitLabel}
        </Button>
        <FormStatusNotice status={status} />
      </div>
    </form>
  );
}
