"use client";

import { DateField } from "@/app/_components/date-field";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { useReadMessage } from "@/app/_components/use-read-message";
import { describeSchedule, formatOccurrence } from "@/lib/reminders/describe";
import { upcomingOccurrences } from "@/lib/reminders/occurrences";
import { scheduleFromInput } from "@/lib/reminders/reminders-schedule";
import { reminderSchema, type ReminderFormValues } from "@/lib/reminders/schemas";
import { weekdayNames } from "@/lib/i18n/format";
import { REMINDER_CHANNELS, USER_FREQUENCIES, USER_REMINDER_KINDS } from "@/lib/reminders/vocabulary";
import { Link } from "@/app/_components/link";
import { createReminderAction, updateReminderAction } from "../actions";

const selectClass = "min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-3 py-2 text-lg";

export function ReminderForm({ reminderId, defaults, locale, timeZones, hasDevices }: { reminderId?: string; defaults: ReminderFormValues; locale: string; timeZones: string[]; hasDevices: boolean }) {
  const t = useTranslations("reminders");
  const kinds = useTranslations("reminderEmail.kinds");
  const router = useRouter();
  const { field, choice, onSubmit, status, control, formState } = useActionForm({
    schema: reminderSchema,
    defaultValues: defaults,
    action: (values) => (reminderId ? updateReminderAction({ reminderId, values }) : createReminderAction(values)),
    onSuccess: () => {
      router.push("/reminders");
      router.refresh();
    },
  });
  const values = useWatch({ control });
  const kind = values.kind;
  const frequency = values.frequency;
  const parsed = reminderSchema.safeParse(values);
  const preview = parsed.success ? upcomingOccurrences(scheduleFromInput(parsed.data), new Date(), 5) : null;

  const errors = formState.errors;
  const read = useReadMessage();
  // weekdayNames is Monday first; the form's values count from Sunday = 0.
  const dayNames = weekdayNames(locale, "long");
  return (
    <div className="grid gap-6 md:grid-cols-[3fr_2fr]">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={t(reminderId ? "editTitle" : "new")}>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">{t("form.kind")}</legend>
          {USER_REMINDER_KINDS.map((option) => (
            <label key={option} className="flex min-h-12 items-center gap-3 text-lg">
              <input type="radio" className="size-6 shrink-0" {...choice("kind", option)} />
              {kinds(option)}
            </label>
          ))}
          {errors.kind ? <p className="font-semibold text-red-800">{read(errors.kind.message)}</p> : null}
        </fieldset>
        {kind === "CUSTOM" ? <FormField id="title" label={t("form.title")} error={errors.title?.message} {...field("title")} /> : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="frequency" className="font-semibold">
            {t("form.frequency")}
          </label>
          <select id="frequency" className={selectClass} {...field("frequency")}>
            {USER_FREQUENCIES.map((option) => (
              <option key={option} value={option}>
                {t(`frequencies.${option}`)}
              </option>
            ))}
          </select>
        </div>
        {frequency === "WEEKDAYS" ? (
          <fieldset className="flex flex-col gap-1" aria-describedby={errors.weekdays ? "weekdays-error" : undefined}>
            <legend className="mb-1 font-semibold">{t("form.weekdays")}</legend>
            <div className="grid grid-cols-2 gap-1 sm:grid-cols-4">
              {[1, 2, 3, 4, 5, 6, 0].map((day) => (
                <label key={day} className="flex min-h-12 items-center gap-3 text-lg">
                  <input type="checkbox" className="size-6" {...choice("weekdays", day)} />
                  {dayNames[(day + 6) % 7]}
                </label>
              ))}
            </div>
            {errors.weekdays ? (
              <p id="weekdays-error" className="font-semibold text-red-800">
                {read(errors.weekdays.message)}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {frequency === "EVERY_N_DAYS" ? <FormField id="intervalDays" label={t("form.intervalDays")} type="number" inputMode="numeric" min={2} max={365} error={errors.intervalDays?.message} {...field("intervalDays")} /> : null}
        {frequency === "MONTHLY" ? (
          <FormField id="dayOfMonth" label={t("form.dayOfMonth")} hint={t("form.dayOfMonthHint")} type="number" inputMode="numeric" min={1} max={31} error={errors.dayOfMonth?.message} {...field("dayOfMonth")} />
        ) : null}
        <FormField id="localTime" label={t("form.time")} type="time" error={errors.localTime?.message} {...field("localTime")} />
        <FormField id="timeZone" label={t("form.timeZone")} list="reminder-time-zones" autoComplete="off" hint={t("form.timeZoneHint")} error={errors.timeZone?.message} {...field("timeZone")} />
        <datalist id="reminder-time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <DateField id="startDate" label={t("form.startDate")} error={errors.startDate?.message} {...field("startDate")} />
        <DateField id="endDate" label={t("form.endDate")} hint={t("form.endDateHint")} error={errors.endDate?.message} {...field("endDate")} />
        <fieldset className="flex flex-col gap-2" aria-describedby={hasDevices ? undefined : "channel-hint"}>
          <legend className="mb-1 font-semibold">{t("form.channel")}</legend>
          {REMINDER_CHANNELS.map((option) => (
            <label key={option} className="flex min-h-12 items-center gap-3 text-lg">
              <input type="radio" className="size-6 shrink-0" {...choice("channel", option)} />
              {t(`channels.${option}`)}
            </label>
          ))}
          {hasDevices ? null : (
            <p id="channel-hint" className="text-slate-700">
              {t.rich("form.noDevices", {
                link: (words) => (
                  <Link href="/settings#notifications-heading" className="font-semibold text-brand-700 underline">
                    {words}
                  </Link>
                ),
              })}
            </p>
          )}
          {errors.channel ? <p className="font-semibold text-red-800">{read(errors.channel.message)}</p> : null}
        </fieldset>
        <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel={t("form.saving")}>
          {t(reminderId ? "form.saveChanges" : "form.save")}
        </Button>
        <FormStatusNotice status={status} />
      </form>
      <section aria-labelledby="preview-heading" aria-live="polite" className="flex flex-col gap-2 self-start rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="preview-heading" className="text-xl font-bold">
          {t("form.previewTitle")}
        </h2>
        {preview === null ? (
          <p className="text-slate-700">{t("form.previewEmpty")}</p>
        ) : preview.length === 0 ? (
          <p className="text-slate-700">{t("form.previewNone")}</p>
        ) : (
          <>
            {parsed.success ? <p className="text-slate-700">{describeSchedule(parsed.data, locale, (key, values) => t(`schedule.${key}`, values))}</p> : null}
            <ol className="flex list-decimal flex-col gap-1 pl-6" aria-label={t("form.previewList")}>
              {preview.map((occurrence) => (
                <li key={occurrence.at.toISOString()}>{formatOccurrence(occurrence.at, parsed.success ? parsed.data.timeZone : "UTC", locale)}</li>
              ))}
            </ol>
          </>
        )}
      </section>
    </div>
  );
}
