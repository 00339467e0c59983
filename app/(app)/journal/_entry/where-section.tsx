"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { useFieldArray, useFormState, useWatch } from "react-hook-form";
import { Button } from "@/app/_components/button";
import { FootMap, spotKey, type SpotKey } from "@/app/_components/foot-map";
import { useReadMessage } from "@/app/_components/use-read-message";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import type { EntryFormValues } from "@/lib/journal/schemas";
import type { OpenJournal } from "../../_journals/open-journal";
import { EntrySection } from "./entry-section";
import { whoOf, type EntryFormParts } from "./form-parts";
import { ObservationRow } from "./observation-row";

type ObservationValues = EntryFormValues["observations"][number];

const blankObservation = (foot: Foot | "", region: FootRegion | ""): ObservationValues => ({ foot, region, kind: "", customKind: "", pain: "", note: "" });

/** Where on the feet: the foot map and one row per observation. */
export const WhereSection = memo(function WhereSection({ form, journal, lastObservations }: { form: EntryFormParts; journal: OpenJournal; lastObservations: ObservationValues[] | null }) {
  const t = useTranslations("entry");
  const read = useReadMessage();
  const observations = useFieldArray({ control: form.control, name: "observations" });
  const watchedObservations = useWatch({ control: form.control, name: "observations" });
  const { errors } = useFormState({ control: form.control, name: "observations" });
  const who = whoOf(journal);

  // Field-array changes (add, remove, "start from my last entry") show in `fields`; edits of a row's
  // selects show in the watched values.
  const currentObservations = observations.fields.map((field, index) => watchedObservations?.[index] ?? field);
  const chosenSpots = new Set<SpotKey>(currentObservations.flatMap((o) => (o.foot && o.region ? [spotKey(o.foot, o.region)] : [])));

  // Choosing a place keeps focus on the map (a second place is one Tab away); the foot map sends
  // the next Tab to the new observation.
  const chooseSpot = (foot: Foot, region: FootRegion) => observations.append(blankObservation(foot, region), { shouldFocus: false });
  const goToObservation = (foot: Foot, region: FootRegion) => {
    const index = currentObservations.findIndex((o) => o.foot === foot && o.region === region);
    if (index >= 0) form.setFocus(`observations.${index}.kind`);
  };

  return (
    <EntrySection id="where" title={t("whereQuestion", who)}>
      <p className="text-slate-700">{t("mapHint")}</p>
      {lastObservations && lastObservations.length > 0 ? (
        <Button type="button" variant="secondary" className="self-start" onClick={() => observations.replace(lastObservations)}>
          {t("startFromLast", { ...who, count: lastObservations.length })}
        </Button>
      ) : null}
      <FootMap whose={journal.own ? undefined : journal.name} chosen={chosenSpots} onChoose={chooseSpot} onGoToObservation={goToObservation} />
      {observations.fields.length === 0 ? (
        <p className="rounded-md border-2 border-dashed border-slate-400 bg-white p-4">{t("nothingNoted", who)}</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label={t("observations")}>
          {observations.fields.map((item, index) => (
            <ObservationRow
              key={item.id}
              index={index}
              start={item}
              kind={currentObservations[index]?.kind}
              register={form.register}
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
    </EntrySection>
  );
});
