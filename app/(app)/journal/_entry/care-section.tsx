"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { FormField } from "@/app/_components/form-field";
import { useReadMessage } from "@/app/_components/use-read-message";
import { CARE_KINDS } from "@/lib/foot-health/vocabulary";
import type { OpenJournal } from "../../_journals/open-journal";
import { EntrySection } from "./entry-section";
import { whoOf, type EntryFormParts } from "./form-parts";

/** Foot care done today: who did it, for how long, and whether lotion was used. */
export const CareSection = memo(function CareSection({ form, journal }: { form: EntryFormParts; journal: OpenJournal }) {
  const t = useTranslations("entry");
  const words = useTranslations("vocabulary");
  const read = useReadMessage();
  const careKind = useWatch({ control: form.control, name: "careKind" });
  const { errors } = useFormState({ control: form.control, name: ["careKind", "careMinutes"] });
  return (
    <EntrySection id="care" title={t("careTitle")}>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("careQuestion", whoOf(journal))}</legend>
        {CARE_KINDS.map((kind) => (
          <label key={kind} className="flex min-h-11 items-center gap-3 text-lg">
            <input type="radio" className="h-6 w-6" {...form.choice("careKind", kind)} />
            {words(`care.${kind}`)}
          </label>
        ))}
        {errors.careKind ? <p className="font-semibold text-red-800">{read(errors.careKind.message)}</p> : null}
      </fieldset>
      {careKind !== "NONE" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="careMinutes" label={t("careMinutes")} type="number" inputMode="numeric" min={1} max={240} error={errors.careMinutes?.message} {...form.field("careMinutes")} />
          <label className="flex min-h-12 items-center gap-3 self-end text-lg">
            <input type="checkbox" className="h-6 w-6" {...form.choice("lotionUsed")} />
            {t("lotion")}
          </label>
        </div>
      ) : null}
    </EntrySection>
  );
});
