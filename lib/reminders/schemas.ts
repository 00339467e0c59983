import { z } from "zod";
import { timeZoneSchema } from "../auth/time-zones";
import { messageKey } from "../i18n/message-key";
import { LOCAL_DATE_PATTERN, LOCAL_TIME_PATTERN } from "../time/local-day";
import { REMINDER_CHANNELS, USER_FREQUENCIES, USER_REMINDER_KINDS } from "./vocabulary";

// Shared by the reminder form (zodResolver), its live preview and the server actions.

const blankAsNull = (value: unknown) => (value === "" || value === undefined || value === null || Number.isNaN(value) ? null : value);
const wholeNumber = (min: number, max: number, message: string) => z.preprocess(blankAsNull, z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).nullable());
const localDate = (message: string) => z.string().regex(LOCAL_DATE_PATTERN, message);

export const reminderSchema = z
  .object({
    kind: z.enum(USER_REMINDER_KINDS, { error: messageKey("chooseReminderKind") }),
    title: z.string().trim().max(200, messageKey("tooLong", { max: 200 })).default(""),
    frequency: z.enum(USER_FREQUENCIES, { error: messageKey("chooseFrequency") }),
    weekdays: z.preprocess((value) => (Array.isArray(value) ? value : value ? [value] : []), z.array(z.coerce.number().int().min(0).max(6)).max(7)),
    intervalDays: wholeNumber(2, 365, messageKey("intervalDaysRange")),
    dayOfMonth: wholeNumber(1, 31, messageKey("dayOfMonthRange")),
    localTime: z.string().regex(LOCAL_TIME_PATTERN, messageKey("timeExample")),
    timeZone: timeZoneSchema,
    startDate: localDate(messageKey("firstDayRequired")),
    endDate: z.preprocess(blankAsNull, localDate(messageKey("lastDayOrEmpty")).nullable()),
    channel: z.enum(REMINDER_CHANNELS, { error: messageKey("chooseChannel") }).default("EMAIL"),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message });
    if (value.kind === "CUSTOM" && !value.title) issue("title", messageKey("customReminderRequired"));
    if (value.frequency === "WEEKDAYS" && !value.weekdays.length) issue("weekdays", messageKey("chooseWeekday"));
    if (value.frequency === "EVERY_N_DAYS" && value.intervalDays === null) issue("intervalDays", messageKey("intervalDaysRange"));
    if (value.frequency === "MONTHLY" && value.dayOfMonth === null) issue("dayOfMonth", messageKey("dayOfMonthRange"));
    if (value.endDate && value.endDate < value.startDate) issue("endDate", messageKey("lastDayBeforeFirst"));
  });

export type ReminderFormValues = z.input<typeof reminderSchema>;
type ParsedReminder = z.output<typeof reminderSchema>;
/** The channel may be left out by callers that make rules in code (setup, tests): an edit then keeps it, a new rule gets email. */
export type ReminderInput = Omit<ParsedReminder, "channel"> & Partial<Pick<ParsedReminder, "channel">>;

export const snoozeUntilSchema = z.enum(["hour", "evening"]);
