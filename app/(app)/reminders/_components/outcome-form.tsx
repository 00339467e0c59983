"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/app/_components/apply-server-errors";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { outcomeSchema, type OutcomeFormValues, type OutcomeInput } from "@/lib/appointments/schemas";
import { recordOutcomeAction } from "../appointment-actions";

export function OutcomeForm({ appointmentId, heading }: { appointmentId: string; heading: string }) {
  const router = useRouter();
  const id = useId();
  const [formError, setFormError] = useState<string>();
  const { register, handleSubmit, setError, formState } = useForm<OutcomeFormValues, unknown, OutcomeInput>({
    resolver: zodResolver(outcomeSchema),
    defaultValues: { appointmentId, outcome: "", followUpDate: "", followUpTime: "" },
  });
  const onSubmit = handleSubmit(async (input) => {
    const result = await recordOutcomeAction(input);
    if (!result.ok) return setFormError(applyServerErrors(result, setError));
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 border-t border-slate-200 pt-3" aria-label={`Outcome of ${heading}`}>
      <h3 className="text-xl font-bold">{heading}</h3>
      {formError ? <Notice tone="error">{formError}</Notice> : null}
      <input type="hidden" {...register("appointmentId")} />
      <FormField id={`${id}-outcome`} label="What was the outcome?" error={formState.errors.outcome?.message} {...register("outcome")} />
      <FormField id={`${id}-date`} label="Next follow-up date (optional)" hint="We will add it as a new appointment with reminders." type="date" error={formState.errors.followUpDate?.message} {...register("followUpDate")} />
      <FormField id={`${id}-time`} label="Time of the follow-up (optional)" type="time" error={formState.errors.followUpTime?.message} {...register("followUpTime")} />
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel="Saving…">
        Save outcome
      </Button>
    </form>
  );
}
