"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, ButtonLink } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { SendTestButton } from "../reminders/_components/send-test-button";
import { saveSetupRemindersAction } from "./actions";

type Props = {
  existing: { id: string; localTime: string; active: boolean } | null;
  /** On by default for people with diabetes, who are told to look every day. */
  suggestDaily: boolean;
  /** Offered for IWGDF categories 2 and 3, whose clinics may ask for daily temperature checks. */
  suggestTemperature: boolean;
  timeZone: string;
  nextHref: string;
};

/** Step two: a daily email to check the feet, at a time the person chooses, with a test email to see it arrive. */
export function ReminderStep({ existing, suggestDaily, suggestTemperature, timeZone, nextHref }: Props) {
  const [dailyCheckId, setDailyCheckId] = useState<string | null>(existing?.id ?? null);
  const t = useTranslations("welcome");
  const { register, onSubmit, status, formState, preloadSchema } = useActionForm({
    schema: () => import("@/lib/setup/schemas").then((schemas) => schemas.setupReminderSchema),
    defaultValues: { dailyCheck: existing ? false : suggestDaily, localTime: existing?.localTime ?? "08:00", temperatureCheck: false },
    action: saveSetupRemindersAction,
    onSuccess: (saved, values) => {
      if (saved.dailyCheckId) setDailyCheckId(saved.dailyCheckId);
      if (!values.dailyCheck && !values.temperatureCheck) return t("noReminder");
      return t("reminderSaved", { time: values.localTime, zone: timeZone }) + (saved.dailyCheckId ? t("sendTest") : "");
    },
  });
  return (
    <form onSubmit={onSubmit} onFocus={preloadSchema} onPointerDown={preloadSchema} noValidate className="flex flex-col gap-6 rounded-lg border border-slate-300 bg-white p-5" aria-labelledby="reminder-heading">
      <div>
        <h2 id="reminder-heading" className="text-2xl font-bold">
          {t("reminderTitle")}
        </h2>
        <p className="text-slate-700">
          {suggestDaily ? t("reminderDiabetes") : t("reminderIntro")}
        </p>
      </div>
      {existing ? (
        <p className="rounded-md border-l-4 border-brand-600 bg-brand-50 p-3">
          {existing.active ? t("reminderExists", { time: existing.localTime }) : t("reminderExistsPaused", { time: existing.localTime })}
        </p>
      ) : (
        <>
          <label className="flex min-h-11 items-center gap-3 text-lg">
            <input type="checkbox" className="h-6 w-6" {...register("dailyCheck")} />
            {t("emailDaily")}
          </label>
          <FormField id="localTime" label={t("atWhatTime")} type="time" className="max-w-xs" hint={t("inYourZone", { zone: timeZone })} error={formState.errors.localTime?.message} {...register("localTime")} />
        </>
      )}
      {suggestTemperature ? (
        <label className="flex min-h-11 items-start gap-3 text-lg">
          <input type="checkbox" className="mt-1 h-6 w-6 shrink-0" {...register("temperatureCheck")} />
          <span>
            {t("temperatureReminder")}
          </span>
        </label>
      ) : null}
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap gap-3">
          {existing && !suggestTemperature ? null : (
            <Button type="submit" pending={formState.isSubmitting} pendingLabel={t("saving")}>
              {t("save")}
            </Button>
          )}
          {dailyCheckId ? <SendTestButton reminderId={dailyCheckId} /> : null}
          <ButtonLink href={nextHref} variant={status?.tone === "success" || existing ? "primary" : "secondary"}>
            {status?.tone === "success" || existing ? t("continue") : t("skipStep")}
          </ButtonLink>
        </div>
        <FormStatusNotice status={status} />
      </div>
    </form>
  );
}
