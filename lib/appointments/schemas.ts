import { z } from "zod";
import { timeZoneSchema } from "../auth/time-zones";
import { LOCAL_DATE_PATTERN, LOCAL_TIME_PATTERN } from "../time/local-day";

export const REMIND_BEFORE_CHOICES = [
  { minutes: 7 * 24 * 60, label: "1 week before" },
  { minutes: 24 * 60, label: "1 day before" },
  { minutes: 120, label: "2 hours before" },
] as const;

const blankAsNull = (value: unknown) => (value === "" || value === undefined || value === null || Number.isNaN(value) ? null : value);

export const appointmentSchema = z.object({
  clinician: z.string().trim().min(1, "Enter who you are seeing").max(120, "Use at most 120 characters"),
  place: z.string().trim().max(200, "Use at most 200 characters").default(""),
  reason: z.string().trim().max(300, "Use at most 300 characters").default(""),
  date: z.string().regex(LOCAL_DATE_PATTERN, "Enter the date"),
  time: z.string().regex(LOCAL_TIME_PATTERN, "Enter the time, for example 14:30"),
  timeZone: timeZoneSchema,
  remindBefore: z.preprocess((value) => (Array.isArray(value) ? value : value ? [value] : []), z.array(z.coerce.number().int().min(1).max(60 * 24 * 60)).max(5)),
  /** Another reminder, this many hours before. */
  customHoursBefore: z.preprocess(blankAsNull, z.coerce.number({ error: "Enter hours from 1 to 720" }).int("Enter whole hours").min(1, "Enter hours from 1 to 720").max(720, "Enter hours from 1 to 720").nullable()),
});

export type AppointmentFormValues = z.input<typeof appointmentSchema>;
export type AppointmentInput = z.output<typeof appointmentSchema>;

export const outcomeSchema = z
  .object({
    appointmentId: z.string().min(1).max(64),
    outcome: z.string().trim().min(1, "Say briefly how it went").max(1000, "Use at most 1,000 characters"),
    followUpDate: z.preprocess(blankAsNull, z.string().regex(LOCAL_DATE_PATTERN, "Enter the date, or leave it empty").nullable()),
    followUpTime: z.preprocess(blankAsNull, z.string().regex(LOCAL_TIME_PATTERN, "Enter the time, for example 14:30").nullable()),
  });

export type OutcomeFormValues = z.input<typeof outcomeSchema>;
export type OutcomeInput = z.output<typeof outcomeSchema>;
