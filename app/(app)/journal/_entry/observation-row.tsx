"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { SelectField } from "@/app/_components/select-field";
import type { EntryFormValues } from "@/lib/journal/schemas";
import { FEET, OBSERVATION_KINDS, REGIONS } from "@/lib/foot-health/vocabulary";
import { useScoreOptions } from "@/app/_components/use-score-options";

type Props = {
  index: number;
  /** The row's values when it was added (or the form reset): the server's HTML shows them. */
  start: EntryFormValues["observations"][number];
  kind: string | undefined;
  register: UseFormRegister<EntryFormValues>;
  errors: FieldErrors<EntryFormValues>["observations"];
  onRemove: () => void;
};

/** One observation: where (foot, region), what, how much it hurts there, and a note. */
export function ObservationRow({ index, start, kind, register, errors, onRemove }: Props) {
  const t = useTranslations("entry");
  const words = useTranslations("vocabulary");
  const scoreOptions = useScoreOptions();
  const id = (field: string) => `observation-${index}-${field}`;
  const error = errors?.[index];
  const field = <F extends "foot" | "region" | "kind" | "customKind" | "pain" | "note">(name: F) => ({ ...register(`observations.${index}.${name}`), defaultValue: start[name] ?? undefined });

  return (
    <li className="flex flex-col gap-3 rounded-lg border-2 border-slate-300 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 className="text-lg font-bold">{t("observation", { number: index + 1 })}</h3>
        <Button type="button" variant="danger" onClick={onRemove}>
          {t.rich("remove", { number: index + 1, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
        </Button>
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id={id("foot")} label={t("foot")} placeholder={t("choose")} options={FEET.map((value) => ({ value, label: words(`feet.${value}`) }))} error={error?.foot?.message} {...field("foot")} />
        <SelectField id={id("region")} label={t("region")} placeholder={t("choose")} options={REGIONS.map((value) => ({ value, label: words(`regions.${value}`) }))} error={error?.region?.message} {...field("region")} />
        <SelectField id={id("kind")} label={t("kind")} placeholder={t("choose")} options={OBSERVATION_KINDS.map((value) => ({ value, label: words(`kinds.${value}`) }))} error={error?.kind?.message} {...field("kind")} />
      </div>
      {kind === "OTHER" ? <FormField id={id("customKind")} label={t("customKind")} error={error?.customKind?.message} {...field("customKind")} /> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id={id("pain")} label={t("painHere")} placeholder={t("notNoted")} options={scoreOptions(t("painHereNone"), t("painHereWorst"))} error={error?.pain?.message} {...field("pain")} />
        <FormField id={id("note")} label={t("note")} className="sm:col-span-2" error={error?.note?.message} {...field("note")} />
      </div>
    </li>
  );
}
