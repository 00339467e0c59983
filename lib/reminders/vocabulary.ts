import { translatorFor } from "../i18n/translator";
import type { ReminderChannel, ReminderFrequency, ReminderKind } from "../generated/prisma/enums";

export const USER_REMINDER_KINDS = ["SELF_CHECK", "TEMPERATURE_CHECK", "CARE_ROUTINE", "CUSTOM"] as const satisfies readonly ReminderKind[];
export const USER_FREQUENCIES = ["DAILY", "WEEKDAYS", "EVERY_N_DAYS", "MONTHLY"] as const satisfies readonly ReminderFrequency[];

export const KIND_LABELS: Record<ReminderKind, string> = {
  SELF_CHECK: "Daily foot check",
  TEMPERATURE_CHECK: "Foot temperature (six spots, both feet)",
  CARE_ROUTINE: "Massage or care routine",
  CUSTOM: "Something else (your own words)",
  APPOINTMENT: "Appointment",
  PROFESSIONAL_CHECK: "Professional foot check due",
};

export const REMINDER_CHANNELS = ["EMAIL", "PUSH", "BOTH"] as const satisfies readonly ReminderChannel[];

export const CHANNEL_LABELS: Record<ReminderChannel, string> = {
  EMAIL: "Email",
  PUSH: "Notification on your devices",
  BOTH: "Both",
};

/** How a reminder comes, in the reminders list. */
export const CHANNEL_SUMMARIES: Record<ReminderChannel, string> = {
  EMAIL: "By email",
  PUSH: "As a notification (by email while no device has notifications on)",
  BOTH: "By email and as a notification",
};

export const FREQUENCY_LABELS: Record<(typeof USER_FREQUENCIES)[number], string> = {
  DAILY: "Every day",
  WEEKDAYS: "On chosen days of the week",
  EVERY_N_DAYS: "Every few days",
  MONTHLY: "Once a month",
};

/** 0 = Sunday, as Date.getDay(). */
export const WEEKDAY_LABELS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** The reminder's name as the person reads it: their own words, else its kind in their language. */
export function reminderTitle(reminder: { kind: ReminderKind; title: string }, locale: string): string {
  return reminder.title || translatorFor(locale, "reminderEmail")(`kinds.${reminder.kind}`);
}
