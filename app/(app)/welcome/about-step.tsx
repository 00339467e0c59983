"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Button, ButtonLink } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { SurgeryFields } from "@/app/_components/surgery-fields";
import { ProfessionalCheckOptIn } from "@/app/_components/professional-check-opt-in";
import { useActionForm } from "@/app/_components/use-action-form";
import { CONDITIONS, IWGDF_RISK } from "@/lib/foot-health/vocabulary";
import { useReadMessage } from "@/app/_components/use-read-message";
import type { SetupAboutValues } from "@/lib/setup/schemas";
import { saveSetupAboutAction } from "./actions";

/** Step one: what changes the guidance — conditions, the clinician's risk category in plain words, a recent surgery. */
export function AboutStep({ defaults, nextHref }: { defaults: SetupAboutValues; nextHref: string }) {
  const router = useRouter();
  const t = useTranslations("welcome");
  const words = useTranslations("vocabulary");
  const risks = useTranslations("report.risks");
  const every = useTranslations("reminderEmail.risks");
  const read = useReadMessage();
  const { field, choice, onSubmit, status, control, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/setup/schemas").then((schemas) => schemas.setupAboutSchema),
    defaultValues: defaults,
    action: saveSetupAboutAction,
    onSuccess: () => {
      router.push(nextHref);
      return t("aboutSaved");
    },
  });
  const [conditions, risk, surgeryDate] = useWatch({ control, name: ["conditions", "iwgdfRisk", "surgeryDate"] });
  const errors = formState.errors;
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-6 rounded-lg border border-slate-300 bg-white p-5" aria-labelledby="about-heading">
      <div>
        <h2 id="about-heading" className="text-2xl font-bold">
          {t("aboutTitle")}
        </h2>
        <p className="text-slate-700">{t("aboutIntro")}</p>
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("conditionsLegend")}</legend>
        {CONDITIONS.map((condition) => (
          <label key={condition} className="flex min-h-11 items-center gap-3 text-lg">
            <input type="checkbox" className="h-6 w-6" {...choice("conditions", condition)} />
            {words(`conditions.${condition}`)}
          </label>
        ))}
      </fieldset>
      {(conditions ?? []).includes("OTHER") ? <FormField id="otherCondition" label={t("otherCondition")} error={errors.otherCondition?.message} {...field("otherCondition")} /> : null}

      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">{t("riskLegend")}</legend>
        <p className="text-base text-slate-700">{t("riskHint")}</p>
        <label className="flex min-h-11 items-center gap-3 text-lg">
          <input type="radio" className="h-6 w-6 shrink-0" {...choice("iwgdfRisk", "")} />
          {t("riskNotGiven")}
        </label>
        {IWGDF_RISK.map((item) => (
          <label key={item.category} className="flex min-h-11 items-start gap-3 text-lg">
            <input type="radio" className="mt-1 h-6 w-6 shrink-0" {...choice("iwgdfRisk", String(item.category))} />
            <span>
              {t.rich("riskOption", {
                category: item.category,
                meaning: risks(`${item.category}`),
                every: every(`${item.category}.every`),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </span>
          </label>
        ))}
        {errors.iwgdfRisk ? <p className="font-semibold text-red-800">{read(errors.iwgdfRisk.message)}</p> : null}
      </fieldset>
      <ProfessionalCheckOptIn risk={risk} register={choice("professionalCheckReminder")} />

      <SurgeryFields date={field("surgeryDate")} massageCleared={choice("massageCleared")} hasDate={Boolean(surgeryDate)} error={errors.surgeryDate?.message} />

      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap gap-3">
          <Button type="submit" pending={formState.isSubmitting} pendingLabel={t("saving")}>
            {t("saveContinue")}
          </Button>
          <ButtonLink href={nextHref} variant="secondary">
            {t("skipStep")}
          </ButtonLink>
        </div>
        <FormStatusNotice status={status} />
      </div>
    </form>
  );
}
