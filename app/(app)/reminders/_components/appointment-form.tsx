"use client";

import { DateField } from "@/app/_components/date-field";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { appointmentSchema, REMIND_BEFORE_CHOICES, type AppointmentFormValues } from "@/lib/appointments/schemas";
import { createAppointmentAction } from "../appointment-actions";

export function AppointmentForm({ defaults, timeZones }: { defaults: AppointmentFormValues; timeZones: string[] }) {
  const t = useTranslations("appointments.form");
  const router = useRouter();
  const { field, choice, onSubmit, status, formState } = useActionForm({
    schema: appointmentSchema,
    defaultValues: defaults,
    action: createAppointmentAction,
    onSuccess: () => {
      router.push("/reminders#appointments");
      router.refresh();
    },
  });
  const errors = formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label={t("label")}>
      <FormField id="clinician" label={t("clinician")} hint={t("clinicianHint")} error={errors.clinician?.message} {...field("clinician")} />
      <FormField id="place" label={t("place")} error={errors.place?.message} {...field("place")} />
      <FormField id="reason" label={t("reason")} error={errors.reason?.message} {...field("reason")} />
      <DateField id="date" label={t("date")} error={errors.date?.message} {...field("date")} />
      <FormField id="time" label={t("time")} type="time" error={errors.time?.message} {...field("time")} />
      <FormField id="appointmentTimeZone" label={t("timeZone")} list="appointment-time-zones" autoComplete="off" error={errors.timeZone?.message} {...field("timeZone")} />
      <datalist id="appointment-time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">{t("remindBefore")}</legend>
        {REMIND_BEFORE_CHOICES.map((minutes) => (
          <label key={minutes} className="flex min-h-12 items-center gap-3 text-lg">
            <input type="checkbox" className="size-6" {...choice("remindBefore", minutes)} />
            {t(`before.${minutes}`)}
          </label>
        ))}
      </fieldset>
      <FormField id="customHoursBefore" label={t("customHours")} type="number" inputMode="numeric" min={1} max={720} error={errors.customHoursBefore?.message} {...field("customHoursBefore")} />
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("saving")}>
        {t("save")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
