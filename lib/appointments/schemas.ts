import { z } from "zod";
import { timeZoneSchema } from "../auth/time-zones";
import { messageKey } from "../i18n/message-key";
import { LOCAL_DATE_PATTERN, LOCAL_TIME_PATTERN } from "../time/local-day";

/** Minutes before an appointment its reminders may come; their words are `appointments.form.before`. */
export const REMIND_BEFORE_CHOICES = [10_080, 1_440, 120] as const; // a week, a day, two hours

const blankAsNull = (value: unknown) => (value === "" || value === undefined || value === null || Number.isNaN(value) ? null : value);

export const appointmentSchema = z.object({
  clinician: z.string().trim().min(1, messageKey("clinicianRequired")).max(120, messageKey("tooLong", { max: 120 })),
  place: z.string().trim().max(200, messageKey("tooLong", { max: 200 })).default(""),
  reason: z.string().trim().max(300, messageKey("tooLong", { max: 300 })).default(""),
  date: z.string().regex(LOCAL_DATE_PATTERN, messageKey("dateRequired")),
  time: z.string().regex(LOCAL_TIME_PATTERN, messageKey("appointmentTimeExample")),
  timeZone: timeZoneSchema,
  remindBefore: z.preprocess((value) => (Array.isArray(value) ? value : value ? [value] : []), z.array(z.coerce.number().int().min(1).max(60 * 24 * 60)).max(5)),
  /** Another reminder, this many hours before. */
  customHoursBefore: z.preprocess(blankAsNull, z.coerce.number({ error: messageKey("hoursBeforeRange") }).int(messageKey("wholeHours")).min(1, messageKey("hoursBeforeRange")).max(720, messageKey("hoursBeforeRange")).nullable()),
});

export type AppointmentFormValues = z.input<typeof appointmentSchema>;
export type AppointmentInput = z.output<typeof appointmentSchema>;

export const outcomeSchema = z
  .object({
    appointmentId: z.string().min(1).max(64),
    outcome: z.string().trim().min(1, messageKey("outcomeRequired")).max(1000, messageKey("tooLong", { max: 1000 })),
    followUpDate: z.preprocess(blankAsNull, z.string().regex(LOCAL_DATE_PATTERN, messageKey("dateOrEmpty")).nullable()),
    followUpTime: z.preprocess(blankAsNull, z.string().regex(LOCAL_TIME_PATTERN, messageKey("appointmentTimeExample")).nullable()),
  });

export type OutcomeFormValues = z.input<typeof outcomeSchema>;
export type OutcomeInput = z.output<typeof outcomeSchema>;
