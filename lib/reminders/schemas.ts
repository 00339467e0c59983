import { z } from "zod";
import { timeZoneSchema } from "../auth/time-zones";
import { LOCAL_DATE_PATTERN, LOCAL_TIME_PATTERN } from "../time/local-day";
import { REMINDER_CHANNELS, USER_FREQUENCIES, USER_REMINDER_KINDS } from "./vocabulary";

// Shared by the reminder form (zodResolver), its live preview and the server actions.

const blankAsNull = (value: unknown) => (value === "" || value === undefined || value === null || Number.isNaN(value) ? null : value);
const wholeNumber = (min: number, max: number, message: string) => z.preprocess(blankAsNull, z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).nullable());
const localDate = (message: string) => z.string().regex(LOCAL_DATE_PATTERN, message);

export const reminderSchema = z
  .object({
    kind: z.enum(USER_REMINDER_KINDS, { error: "Choose what to be reminded of" }),
    title: z.string().trim().max(200, "Use at most 200 characters").default(""),
    frequency: z.enum(USER_FREQUENCIES, { error: "Choose how often" }),
    weekdays: z.preprocess((value) => (Array.isArray(value) ? value : value ? [value] : []), z.array(z.coerce.number().int().min(0).max(6)).max(7)),
    intervalDays: wholeNumber(2, 365, "Enter a number of days from 2 to 365"),
    dayOfMonth: wholeNumber(1, 31, "Enter a day from 1 to 31"),
    localTime: z.string().regex(LOCAL_TIME_PATTERN, "Enter a time, for example 08:30"),
    timeZone: timeZoneSchema,
    startDate: localDate("Enter the first day"),
    endDate: z.preprocess(blankAsNull, localDate("Enter the last day, or leave it empty").nullable()),
    channel: z.enum(REMINDER_CHANNELS, { error: "Choose how to be reminded" }).default("EMAIL"),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (value.kind === "CUSTOM" && !value.title) issue("title", "Say what to remind you of");
    if (value.frequency === "WEEKDAYS" && !value.weekdays.length) issue("weekdays", "Choose at least one day");
    if (value.frequency === "EVERY_N_DAYS" && value.intervalDays === null) issue("intervalDays", "Enter a number of days from 2 to 365");
    if (value.frequency === "MONTHLY" && value.dayOfMonth === null) issue("dayOfMonth", "Enter a day from 1 to 31");
    if (value.endDate && value.endDate < value.startDate) issue("endDate", "The last day can't be before the first");
  });

export type ReminderFormValues = z.input<typeof reminderSchema>;
type ParsedReminder = z.output<typeof reminderSchema>;
/** The channel may be left out by callers that make rules in code (setup, tests): an edit then keeps it, a new rule gets email. */
export type ReminderInput = Omit<ParsedReminder, "channel"> & Partial<Pick<ParsedReminder, "channel">>;

export const snoozeUntilSchema = z.enum(["hour", "evening"]);
