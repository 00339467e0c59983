import type { ReminderChannel, ReminderFrequency, ReminderKind } from "../generated/prisma/enums";

export const USER_REMINDER_KINDS = ["SELF_CHECK", "TEMPERATURE_CHECK", "CARE_ROUTINE", "CUSTOM"] as const satisfies readonly ReminderKind[];
// Their words are in the message files: `reminderEmail.kinds`, `reminders.frequencies`, `reminders.channels`.
export const USER_FREQUENCIES = ["DAILY", "WEEKDAYS", "EVERY_N_DAYS", "MONTHLY"] as const satisfies readonly ReminderFrequency[];

export const REMINDER_CHANNELS = ["EMAIL", "PUSH", "BOTH"] as const satisfies readonly ReminderChannel[];
