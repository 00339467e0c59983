"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { SelectField } from "@/app/_components/select-field";
import type { EntryFormValues } from "@/lib/journal/schemas";
import { FOOT_OPTIONS, OBSERVATION_KIND_OPTIONS, REGION_OPTIONS, scoreOptions } from "@/lib/foot-health/vocabulary";

const PAIN_HERE_OPTIONS = scoreOptions({ 0: "no pain", 10: "worst imaginable" });

type Props = {
  index: number;
  kind: string | undefined;
  register: UseFormRegister<EntryFormValues>;
  errors: FieldErrors<EntryFormValues>["observations"];
  onRemove: () => void;
};

/** One observation: where (foot, region), what, how much it hurts there, and a note. */
export function ObservationRow({ index, kind, register, errors, onRemove }: Props) {
  const id = (field: string) => `observation-${index}-${field}`;
  const error = errors?.[index];
  const field = <F extends "foot" | "region" | "kind" | "customKind" | "pain" | "note">(name: F) => `observations.${index}.${name}` as const;

  return (
    <li className="flex flex-col gap-3 rounded-lg border-2 border-slate-300 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-lg font-bold">Observation {index + 1}</h3>
        <Button type="button" variant="danger" onClick={onRemove}>
          Remove<span className="sr-only"> observation {index + 1}</span>
        </Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id={id("foot")} label="Foot" placeholder="Choose…" options={FOOT_OPTIONS} error={error?.foot?.message} {...register(field("foot"))} />
        <SelectField id={id("region")} label="Where on the foot" placeholder="Choose…" options={REGION_OPTIONS} error={error?.region?.message} {...register(field("region"))} />
        <SelectField id={id("kind")} label="What you noticed" placeholder="Choose…" options={OBSERVATION_KIND_OPTIONS} error={error?.kind?.message} {...register(field("kind"))} />
      </div>
      {kind === "OTHER" ? <FormField id={id("customKind")} label="In your own words" error={error?.customKind?.message} {...register(field("customKind"))} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id={id("pain")} label="Pain here (0–10)" placeholder="Not noted" options={PAIN_HERE_OPTIONS} error={error?.pain?.message} {...register(field("pain"))} />
        <FormField id={id("note")} label="Note (optional)" className="sm:col-span-2" error={error?.note?.message} {...register(field("note"))} />
      </div>
    </li>
  );
}
