"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { SelectField } from "@/app/_components/select-field";
import { useReadMessage } from "@/app/_components/use-read-message";
import { useScoreOptions } from "@/app/_components/use-score-options";
import { MAX_NOTES_LENGTH } from "@/lib/journal/limits";
import type { EntryFormValues } from "@/lib/journal/schemas";
import type { OpenJournal } from "../../_journals/open-journal";
import { EntrySection } from "./entry-section";
import { whoOf, type EntryFormParts } from "./form-parts";
import { TemperatureFields } from "./temperature-fields";

type Props = {
  form: EntryFormParts;
  journal: OpenJournal;
  /** The temperature fields start open: the person monitors it. */
  monitorsTemperature: boolean;
  /** The readings the form starts with. */
  temperatures: EntryFormValues["temperatures"];
};

/** Tiredness, skin temperature and notes. */
export const MoreSection = memo(function MoreSection({ form, journal, monitorsTemperature, temperatures }: Props) {
  const t = useTranslations("entry");
  const words = useTranslations("vocabulary");
  const scoreOptions = useScoreOptions();
  const read = useReadMessage();
  const { errors } = useFormState({ control: form.control, name: ["fatigue", "temperatures", "notes"] });
  return (
    <EntrySection id="more" title={t("moreTitle")} spacious>
      <SelectField
        id="fatigue"
        label={t("fatigue", whoOf(journal))}
        placeholder={t("notNoted")}
        options={scoreOptions(words("notTired"), words("exhausted"))}
        className="sm:max-w-md"
        error={errors.fatigue?.message}
        {...form.field("fatigue")}
      />
      <TemperatureFields
        field={form.field}
        errors={errors.temperatures}
        open={monitorsTemperature || hasReadings(temperatures)}
        hasUnrecordedSpot={Boolean(temperatures?.LEFT?.UNRECORDED || temperatures?.RIGHT?.UNRECORDED)}
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
          {...form.field("notes")}
        />
        <NotesCount form={form} />
        {errors.notes ? <p className="font-semibold text-red-800">{read(errors.notes.message)}</p> : null}
      </div>
    </EntrySection>
  );
});

/** "12 of 2,000 characters": the only part that draws again with each letter typed. */
function NotesCount({ form }: { form: EntryFormParts }) {
  const t = useTranslations("entry");
  const length = useWatch({ control: form.control, name: "notes" })?.length ?? 0;
  return (
    <p id="notes-count" className={length > MAX_NOTES_LENGTH ? "font-semibold text-red-800" : "text-base text-slate-600"}>
      {t("notesCount", { count: length, max: MAX_NOTES_LENGTH })}
    </p>
  );
}

function hasReadings(temperatures: EntryFormValues["temperatures"]): boolean {
  return Object.values(temperatures ?? {}).some((foot) => Object.values(foot ?? {}).some((value) => value !== "" && value !== undefined && value !== null));
}
