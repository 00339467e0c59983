"use client";

import { DateField } from "@/app/_components/date-field";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId } from "react";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { recordOutcomeAction } from "../appointment-actions";

export function OutcomeForm({ appointmentId, heading }: { appointmentId: string; heading: string }) {
  const t = useTranslations("appointments.followUps");
  const router = useRouter();
  const id = useId();
  const { field, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/appointments/schemas").then((schemas) => schemas.outcomeSchema),
    defaultValues: { appointmentId, outcome: "", followUpDate: "", followUpTime: "" },
    action: recordOutcomeAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-3 border-t border-slate-200 pt-3" aria-label={t("label", { heading })}>
      <h3 className="text-xl font-bold">{heading}</h3>
      <input type="hidden" {...field("appointmentId")} />
      <FormField id={`${id}-outcome`} label={t("outcome")} error={formState.errors.outcome?.message} {...field("outcome")} />
      <DateField id={`${id}-date`} label={t("date")} hint={t("dateHint")} error={formState.errors.followUpDate?.message} {...field("followUpDate")} />
      <FormField id={`${id}-time`} label={t("time")} type="time" error={formState.errors.followUpTime?.message} {...field("followUpTime")} />
      <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("saving")}>
        {t("save")}
      </Button>
      <FormStatusNotice status={status} />
    </form>
  );
}
