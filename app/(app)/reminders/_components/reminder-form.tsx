"use client";

import { DateField } from "@/app/_components/date-field";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { describeSchedule, formatOccurrence } from "@/lib/reminders/describe";
import { upcomingOccurrences } from "@/lib/reminders/occurrences";
import { scheduleFromInput } from "@/lib/reminders/reminders-schedule";
import { reminderSchema, type ReminderFormValues } from "@/lib/reminders/schemas";
import { CHANNEL_LABELS, FREQUENCY_LABELS, KIND_LABELS, REMINDER_CHANNELS, USER_FREQUENCIES, USER_REMINDER_KINDS, WEEKDAY_LABELS } from "@/lib/reminders/vocabulary";
import Link from "next/link";
import { createReminderAction, updateReminderAction } from "../actions";

const selectClass = "min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-3 py-2 text-lg";

export function ReminderForm({ reminderId, defaults, locale, timeZones, hasDevices }: { reminderId?: string; defaults: ReminderFormValues; locale: string; timeZones: string[]; hasDevices: boolean }) {
  const router = useRouter();
  const { register, onSubmit, status, control, formState } = useActionForm({
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
  return (
    <div className="grid gap-6 md:grid-cols-[3fr_2fr]">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5" aria-label={reminderId ? "Edit reminder" : "New reminder"}>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-semibold">What should we remind you of?</legend>
          {USER_REMINDER_KINDS.map((option) => (
            <label key={option} className="flex min-h-12 items-center gap-3 text-lg">
              <input type="radio" value={option} className="size-6" {...register("kind")} />
              {KIND_LABELS[option]}
            </label>
          ))}
          {errors.kind ? <p className="font-semibold text-red-800">{errors.kind.message}</p> : null}
        </fieldset>
        {kind === "CUSTOM" ? <FormField id="title" label="Your reminder, in your words" error={errors.title?.message} {...register("title")} /> : null}
        <div className="flex flex-col gap-1">
          <label htmlFor="frequency" className="font-semibold">
            How often
          </label>
          <select id="frequency" className={selectClass} {...register("frequency")}>
            {USER_FREQUENCIES.map((option) => (
              <option key={option} value={option}>
                {FREQUENCY_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        {frequency === "WEEKDAYS" ? (
          <fieldset className="flex flex-col gap-1" aria-describedby={errors.weekdays ? "weekdays-error" : undefined}>
            <legend className="mb-1 font-semibold">On these days</legend>
            <div className="grid grid-cols-2 gap-1 sm:grid-cols-4">
              {[1, 2, 3, 4, 5, 6, 0].map((day) => (
                <label key={day} className="flex min-h-12 items-center gap-3 text-lg">
                  <input type="checkbox" value={day} className="size-6" {...register("weekdays")} />
                  {WEEKDAY_LABELS[day]}
                </label>
              ))}
            </div>
            {errors.weekdays ? (
              <p id="weekdays-error" className="font-semibold text-red-800">
                {errors.weekdays.message}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {frequency === "EVERY_N_DAYS" ? <FormField id="intervalDays" label="Every how many days" type="number" inputMode="numeric" min={2} max={365} error={errors.intervalDays?.message} {...register("intervalDays")} /> : null}
        {frequency === "MONTHLY" ? (
          <FormField id="dayOfMonth" label="Day of the month" hint="In shorter months, the last day is used." type="number" inputMode="numeric" min={1} max={31} error={errors.dayOfMonth?.message} {...register("dayOfMonth")} />
        ) : null}
        <FormField id="localTime" label="Time" type="time" error={errors.localTime?.message} {...register("localTime")} />
        <FormField id="timeZone" label="Time zone" list="reminder-time-zones" autoComplete="off" hint="Your own zone is filled in. Reminders follow this clock, summer time included." error={errors.timeZone?.message} {...register("timeZone")} />
        <datalist id="reminder-time-zones">
          {timeZones.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <DateField id="startDate" label="First day" error={errors.startDate?.message} {...register("startDate")} />
        <DateField id="endDate" label="Last day (optional)" hint="Leave empty to keep reminding." error={errors.endDate?.message} {...register("endDate")} />
        <fieldset className="flex flex-col gap-2" aria-describedby={hasDevices ? undefined : "channel-hint"}>
          <legend className="mb-1 font-semibold">How should it reach you?</legend>
          {REMINDER_CHANNELS.map((option) => (
            <label key={option} className="flex min-h-12 items-center gap-3 text-lg">
              <input type="radio" value={option} className="size-6" {...register("channel")} />
              {CHANNEL_LABELS[option]}
            </label>
          ))}
          {hasDevices ? null : (
            <p id="channel-hint" className="text-slate-700">
              No device has notifications on yet.{" "}
              <Link href="/settings#notifications-heading" className="font-semibold text-brand-700 underline">
                Turn on notifications in Settings first
              </Link>
              ; until then, a notification comes as an email.
            </p>
          )}
          {errors.channel ? <p className="font-semibold text-red-800">{errors.channel.message}</p> : null}
        </fieldset>
        <Button type="submit" className="self-start" pending={formState.isSubmitting} pendingLabel="Saving…">
          {reminderId ? "Save changes" : "Save reminder"}
        </Button>
        <FormStatusNotice status={status} />
      </form>
      <section aria-labelledby="preview-heading" aria-live="polite" className="flex flex-col gap-2 self-start rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="preview-heading" className="text-xl font-bold">
          Next 5 reminders
        </h2>
        {preview === null ? (
          <p className="text-slate-700">Fill in the form to see when your reminders will come.</p>
        ) : preview.length === 0 ? (
          <p className="text-slate-700">No reminders would be sent: the last day has passed.</p>
        ) : (
          <>
            {parsed.success ? <p className="text-slate-700">{describeSchedule(parsed.data)}</p> : null}
            <ol className="flex list-decimal flex-col gap-1 pl-6" aria-label="Next reminders">
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
