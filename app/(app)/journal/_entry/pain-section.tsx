"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { useFormState } from "react-hook-form";
import { PainScale } from "@/app/_components/pain-scale";
import type { OpenJournal } from "../../_journals/open-journal";
import { EntrySection } from "./entry-section";
import { whoOf, type EntryFormParts } from "./form-parts";

export const PainSection = memo(function PainSection({ form, journal }: { form: EntryFormParts; journal: OpenJournal }) {
  const t = useTranslations("entry");
  const { errors } = useFormState({ control: form.control, name: "pain" });
  return (
    <EntrySection id="pain" title={t("painQuestion", whoOf(journal))}>
      <PainScale legend={t("painLegend")} name="pain" choice={(score) => form.choice("pain", score)} error={errors.pain?.message} />
    </EntrySection>
  );
});
