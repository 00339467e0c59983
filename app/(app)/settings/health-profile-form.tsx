"use client";

import { DateField } from "@/app/_components/date-field";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { Link } from "@/app/_components/link";
import { FormField } from "@/app/_components/form-field";
import { ProfessionalCheckOptIn } from "@/app/_components/professional-check-opt-in";
import { FormStatusNotice } from "@/app/_components/form-status";
import { SurgeryFields } from "@/app/_components/surgery-fields";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import type { HealthProfileFormValues } from "@/lib/health-profile/schemas";
import { CONDITIONS, IWGDF_RISK } from "@/lib/foot-health/vocabulary";
import { useReadMessage } from "@/app/_components/use-read-message";
import { saveHealthProfileAction } from "./actions";

export function HealthProfileForm({ defaults }: { defaults: HealthProfileFormValues }) {
  const t = useTranslations("healthProfile");
  const conditionNames = useTranslations("vocabulary.conditions");
  const every = useTranslations("reminderEmail.risks");
  const read = useReadMessage();
  const { field, choice, onSubmit, status, control, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/health-profile/schemas").then((schemas) => schemas.healthProfileSchema),
    defaultValues: defaults,
    action: saveHealthProfileAction,
    onSuccess: () => t("saved"),
  });
  const [conditions, surgeryDate, risk] = useWatch({ control, name: ["conditions", "surgeryDate", "iwgdfRisk"] });
  const chosenRisk = IWGDF_RISK.find((item) => String(item.category) === String(risk ?? ""));
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="health-heading">
      <div>
        <h2 id="health-heading" className="text-2xl font-bold">
          {t("title")}
        </h2>
        <p className="text-slate-700">{t("intro")}</p>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("conditions")}</legend>
        {CONDITIONS.map((condition) => (
          <label key={condition} className="flex min-h-11 items-center gap-3 text-lg">
            <input type="checkbox" className="h-6 w-6" {...choice("conditions", condition)} />
            {conditionNames(condition)}
          </label>
        ))}
      </fieldset>
      {(conditions ?? []).includes("OTHER") ? <FormField id="otherCondition" label={t("otherCondition")} error={errors.otherCondition?.message} {...field("otherCondition")} /> : null}

      <SurgeryFields date={field("surgeryDate")} massageCleared={choice("massageCleared")} hasDate={Boolean(surgeryDate)} error={errors.surgeryDate?.message} />

      <div className="flex flex-col gap-1">
        <label htmlFor="iwgdfRisk" className="font-semibold">
          {t("risk")}
        </label>
        <select id="iwgdfRisk" className="min-h-12 rounded-md border-2 border-slate-400 bg-white px-2 text-lg" {...field("iwgdfRisk")}>
          <option value="">{t("riskNone")}</option>
          {IWGDF_RISK.map((item) => (
            <option key={item.category} value={item.category}>
              {t("category", { category: item.category })}
            </option>
          ))}
        </select>
        {errors.iwgdfRisk ? <p className="font-semibold text-red-800">{read(errors.iwgdfRisk.message)}</p> : null}
        {chosenRisk ? (
          <p className="rounded-md bg-slate-100 p-3" aria-live="polite">
            {t.rich("riskExplained", {
              category: chosenRisk.category,
              meaning: t(`riskMeanings.${chosenRisk.category}`),
              every: every(`${chosenRisk.category}.every`),
              b: (words) => <strong>{words}</strong>,
            })}
          </p>
        ) : null}
      </div>
      <ProfessionalCheckOptIn risk={risk} register={choice("professionalCheckReminder")} />
      {chosenRisk && chosenRisk.category >= 2 ? (
        <p className="text-slate-700">
          {t.rich("temperature", {
            link: (words) => (
              <Link href="/reminders/new?kind=TEMPERATURE_CHECK" className="font-semibold text-brand-700 underline">
                {words}
              </Link>
            ),
          })}
        </p>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="clinicianName" label={t("clinicianName")} autoComplete="off" error={errors.clinicianName?.message} {...field("clinicianName")} />
        <FormField id="clinicianContact" label={t("clinicianContact")} hint={t("clinicianContactHint")} error={errors.clinicianContact?.message} {...field("clinicianContact")} />
      </div>
      <DateField id="dateOfBirth" label={t("dateOfBirth")} autoComplete="bday" error={errors.dateOfBirth?.message} {...field("dateOfBirth")} />

      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("saving")}>
        {t("submit")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
