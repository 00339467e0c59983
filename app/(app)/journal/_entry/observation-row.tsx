"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { EntryFormValues } from "@/lib/journal/schemas";
import { FEET, FOOT_LABELS, OBSERVATION_KIND_LABELS, OBSERVATION_KINDS, REGION_LABELS, REGIONS } from "@/lib/journal/vocabulary";

const selectClass = "min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-2 text-lg";

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
  const field = (name: "foot" | "region" | "kind" | "customKind" | "pain" | "note") => `observations.${index}.${name}` as const;
  const message = (text: string | undefined, name: string) =>
    text ? (
      <p id={id(`${name}-error`)} className="font-semibold text-red-800">
        {text}
      </p>
    ) : null;

  return (
    <li className="flex flex-col gap-3 rounded-lg border-2 border-slate-300 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-lg font-bold">Observation {index + 1}</h3>
        <button type="button" onClick={onRemove} className="min-h-11 rounded-md border-2 border-slate-400 px-3 font-semibold">
          Remove<span className="sr-only"> observation {index + 1}</span>
        </button>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={id("foot")} className="font-semibold">
            Foot
          </label>
          <select id={id("foot")} className={selectClass} aria-invalid={error?.foot ? true : undefined} aria-describedby={error?.foot ? id("foot-error") : undefined} {...register(field("foot"))}>
            <option value="">Choose…</option>
            {FEET.map((foot) => (
              <option key={foot} value={foot}>
                {FOOT_LABELS[foot]}
              </option>
            ))}
          </select>
          {message(error?.foot?.message, "foot")}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={id("region")} className="font-semibold">
            Where on the foot
          </label>
          <select id={id("region")} className={selectClass} aria-invalid={error?.region ? true : undefined} aria-describedby={error?.region ? id("region-error") : undefined} {...register(field("region"))}>
            <option value="">Choose…</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {REGION_LABELS[region]}
              </option>
            ))}
          </select>
          {message(error?.region?.message, "region")}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={id("kind")} className="font-semibold">
            What you noticed
          </label>
          <select id={id("kind")} className={selectClass} aria-invalid={error?.kind ? true : undefined} aria-describedby={error?.kind ? id("kind-error") : undefined} {...register(field("kind"))}>
            <option value="">Choose…</option>
            {OBSERVATION_KINDS.map((value) => (
              <option key={value} value={value}>
                {OBSERVATION_KIND_LABELS[value]}
              </option>
            ))}
          </select>
          {message(error?.kind?.message, "kind")}
        </div>
      </div>
      {kind === "OTHER" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={id("customKind")} className="font-semibold">
            In your own words
          </label>
          <input id={id("customKind")} className={selectClass} aria-invalid={error?.customKind ? true : undefined} aria-describedby={error?.customKind ? id("customKind-error") : undefined} {...register(field("customKind"))} />
          {message(error?.customKind?.message, "customKind")}
        </div>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="flex flex-col gap-1">
          <label htmlFor={id("pain")} className="font-semibold">
            Pain here (0–10)
          </label>
          <select id={id("pain")} className={selectClass} {...register(field("pain"))}>
            <option value="">Not noted</option>
            {Array.from({ length: 11 }, (_, score) => (
              <option key={score} value={String(score)}>
                {score === 0 ? "0 – no pain" : score === 10 ? "10 – worst imaginable" : score}
              </option>
            ))}
          </select>
          {message(error?.pain?.message, "pain")}
        </div>
        <div className="flex flex-col gap-1 sm:col-span-2">
          <label htmlFor={id("note")} className="font-semibold">
            Note (optional)
          </label>
          <input id={id("note")} className={selectClass} aria-invalid={error?.note ? true : undefined} {...register(field("note"))} />
          {message(error?.note?.message, "note")}
        </div>
      </div>
    </li>
  );
}
