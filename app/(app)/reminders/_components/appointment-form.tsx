"use client";

import { DateField } from "@/app/_components/date-field";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { appointmentSchema, REMIND_BEFORE_CHOICES, type AppointmentFormValues } from "@/lib/appointments/schemas";
import { createAppointmentAction } from "../appointment-actions";

export function AppointmentForm({ defaults, timeZones }: { defaults: AppointmentFormValues; timeZones: string[] }) {
  const router = useRouter();
  const { register, onSubmit, status, formState } = useActionForm({
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
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-5" aria-label="New appointment">
      <FormField id="clinician" label="Who you are seeing" hint="For example: Dr. Lee, podiatrist" error={errors.clinician?.message} {...register("clinician")} />
      <FormField id="place" label="Where (optional)" error={errors.place?.message} {...register("place")} />
      <FormField id="reason" label="Reason (optional)" error={errors.reason?.message} {...register("reason")} />
      <DateField id="date" label="Date" error={errors.date?.message} {...register("date")} />
      <FormField id="time" label="Time" type="time" error={errors.time?.message} {...register("time")} />
      <FormField id="appointmentTimeZone" label="Time zone" list="appointment-time-zones" autoComplete="off" error={errors.timeZone?.message} {...register("timeZone")} />
      <datalist id="appointment-time-zones">
        {timeZones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <fieldset className="flex flex-col gap-1">
        <legend className="mb-1 font-semibold">Email me a reminder</legend>
        {REMIND_BEFORE_CHOICES.map((choice) => (
          <label key={choice.minutes} className="flex min-h-12 items-center gap-3 text-lg">
            <input type="checkbox" value={choice.minutes} className="size-6" {...register("remindBefore")} />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <FormField id="customHoursBefore" label="Another reminder, hours before (optional)" type="number" inputMode="numeric" min={1} max={720} error={errors.customHoursBefore?.message} {...register("customHoursBefore")} />
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel="Saving…">
        Save appointment
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
