"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { useFormState } from "react-hook-form";
import { PainScale } from "@/app/_components/pain-scale";
import type { OpenJournal } from "../../_journals/open-journal";
import { whoOf, type EntryFormParts } from "./form-parts";

export const PainSection = memo(function PainSection({ form, journal }: { form: EntryFormParts; journal: OpenJournal }) {
  const t = useTranslations("entry");
  const { errors } = useFormState({ control: form.control, name: "pain" });
  return (
    <section aria-labelledby="pain-heading" className="flex flex-col gap-3">
      <h2 id="pain-heading" className="text-2xl font-bold">
        {t("painQuestion", whoOf(journal))}
      </h2>
      <PainScale legend={t("painLegend")} name="pain" choice={(score) => form.choice("pain", score)} error={errors.pain?.message} />
    </section>
  );
});
