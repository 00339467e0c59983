"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { useFormState, useWatch } from "react-hook-form";
import { DateField } from "@/app/_components/date-field";
import { FormField } from "@/app/_components/form-field";
import { EntrySection } from "./entry-section";
import type { EntryFormParts } from "./form-parts";

export const WhenSection = memo(function WhenSection({ form, today }: { form: EntryFormParts; today: string }) {
  const t = useTranslations("entry");
  const { errors } = useFormState({ control: form.control, name: ["date", "time"] });
  // The form moves the date itself (to now when it opens, and after a check is kept on the device).
  const date = useWatch({ control: form.control, name: "date" });
  return (
    <EntrySection id="when" title={t("when")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField id="date" label={t("date")} max={today} chosen={date} error={errors.date?.message} {...form.field("date")} />
        <FormField id="time" label={t("time")} type="time" error={errors.time?.message} {...form.field("time")} />
      </div>
    </EntrySection>
  );
});
