import { translatorFor } from "../i18n/translator";
import type { ReminderChannel, ReminderFrequency, ReminderKind } from "../generated/prisma/enums";

export const USER_REMINDER_KINDS = ["SELF_CHECK", "TEMPERATURE_CHECK", "CARE_ROUTINE", "CUSTOM"] as const satisfies readonly ReminderKind[];
// Their words are in the message files: `reminderEmail.kinds`, `reminders.frequencies`, `reminders.channels`.
export const USER_FREQUENCIES = ["DAILY", "WEEKDAYS", "EVERY_N_DAYS", "MONTHLY"] as const satisfies readonly ReminderFrequency[];

export const REMINDER_CHANNELS = ["EMAIL", "PUSH", "BOTH"] as const satisfies readonly ReminderChannel[];

/** The reminder's name as the person reads it: their own words, else its kind in their language. */
export function reminderTitle(reminder: { kind: ReminderKind; title: string }, locale: string): string {
  return reminder.title || translatorFor(locale, "reminderEmail")(`kinds.${reminder.kind}`);
}
