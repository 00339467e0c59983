"use client";

import { DateField } from "@/app/_components/date-field";
import { useWatch } from "react-hook-form";
import Link from "next/link";
import { FormField } from "@/app/_components/form-field";
import { ProfessionalCheckOptIn } from "@/app/_components/professional-check-opt-in";
import { FormStatusNotice } from "@/app/_components/form-status";
import { SurgeryFields } from "@/app/_components/surgery-fields";
import { Button } from "@/app/_components/button";
import { useActionForm } from "@/app/_components/use-action-form";
import type { HealthProfileFormValues } from "@/lib/health-profile/schemas";
import { CONDITION_LABELS, CONDITIONS, IWGDF_RISK } from "@/lib/foot-health/vocabulary";
import { saveHealthProfileAction } from "./actions";

export function HealthProfileForm({ defaults }: { defaults: HealthProfileFormValues }) {
  const { register, onSubmit, status, control, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/health-profile/schemas").then((schemas) => schemas.healthProfileSchema),
    defaultValues: defaults,
    action: saveHealthProfileAction,
    onSuccess: () => "Health profile saved. The guidance in your journal now takes it into account.",
  });
  const [conditions, surgeryDate, risk] = useWatch({ control, name: ["conditions", "surgeryDate", "iwgdfRisk"] });
  const chosenRisk = IWGDF_RISK.find((item) => String(item.category) === String(risk ?? ""));
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-5" aria-labelledby="health-heading">
      <div>
        <h2 id="health-heading" className="text-2xl font-bold">
          Health profile
        </h2>
        <p className="text-slate-700">This changes the foot-care guidance Footnote shows you. It stays private to you.</p>
      </div>

      <fieldset className="flex flex-col gap-2">
        <legend className="font-semibold">Conditions that affect your feet</legend>
        {CONDITIONS.map((condition) => (
          <label key={condition} className="flex min-h-11 items-center gap-3 text-lg">
            <input type="checkbox" value={condition} className="h-6 w-6" {...register("conditions")} />
            {CONDITION_LABELS[condition]}
          </label>
        ))}
      </fieldset>
      {(conditions ?? []).includes("OTHER") ? <FormField id="otherCondition" label="Other condition" error={errors.otherCondition?.message} {...register("otherCondition")} /> : null}

      <SurgeryFields date={register("surgeryDate")} massageCleared={register("massageCleared")} hasDate={Boolean(surgeryDate)} error={errors.surgeryDate?.message} />

      <div className="flex flex-col gap-1">
        <label htmlFor="iwgdfRisk" className="font-semibold">
          Foot-risk category from your clinician (IWGDF), if you were given one
        </label>
        <select id="iwgdfRisk" className="min-h-12 rounded-md border-2 border-slate-400 bg-white px-2 text-lg" {...register("iwgdfRisk")}>
          <option value="">Not given / not sure</option>
          {IWGDF_RISK.map((item) => (
            <option key={item.category} value={item.category}>
              Category {item.category}
            </option>
          ))}
        </select>
        {errors.iwgdfRisk ? <p className="font-semibold text-red-800">{errors.iwgdfRisk.message}</p> : null}
        {chosenRisk ? (
          <p className="rounded-md bg-slate-100 p-3" aria-live="polite">
            <strong>Category {chosenRisk.category}:</strong> {chosenRisk.meaning}. A professional foot check is advised {chosenRisk.checkEvery}.
          </p>
        ) : null}
      </div>
      <ProfessionalCheckOptIn risk={risk} register={register("professionalCheckReminder")} />
      {chosenRisk && chosenRisk.category >= 2 ? (
        <p className="text-slate-700">
          If your clinic asked you to measure your foot temperature at home,{" "}
          <Link href="/reminders/new?kind=TEMPERATURE_CHECK" className="font-semibold text-brand-700 underline">
            set a daily temperature reminder
          </Link>
          : Footnote compares each of the six spots with the same spot on the other foot.
        </p>
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="clinicianName" label="Your foot clinician or doctor" autoComplete="off" error={errors.clinicianName?.message} {...register("clinicianName")} />
        <FormField id="clinicianContact" label="How to reach them" hint="Phone, clinic or address" error={errors.clinicianContact?.message} {...register("clinicianContact")} />
      </div>
      <DateField id="dateOfBirth" label="Date of birth (optional, shown on your doctor report)" autoComplete="bday" error={errors.dateOfBirth?.message} {...register("dateOfBirth")} />

      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel="Saving…">
        Save health profile
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
