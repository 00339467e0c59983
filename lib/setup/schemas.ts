import { z } from "zod";
import { healthProfileSchema } from "../health-profile/schemas";
import { messageKey } from "../i18n/message-key";
import { LOCAL_TIME_PATTERN } from "../time/local-day";

// The first-run setup's forms. Step one is the part of the health profile that changes the
// guidance; the rest of the profile (clinician, date of birth) is left as it is.

export const setupAboutSchema = healthProfileSchema.pick({
  conditions: true,
  otherCondition: true,
  iwgdfRisk: true,
  professionalCheckReminder: true,
  surgeryDate: true,
  massageCleared: true,
});
export type SetupAboutValues = z.input<typeof setupAboutSchema>;
export type SetupAboutInput = z.output<typeof setupAboutSchema>;

export const setupReminderSchema = z.object({
  dailyCheck: z.boolean().default(false),
  localTime: z.string().regex(LOCAL_TIME_PATTERN, messageKey("timeRequired")),
  /** For people who monitor skin temperature (suggested for IWGDF categories 2 and 3). */
  temperatureCheck: z.boolean().default(false),
});
export type SetupReminderValues = z.input<typeof setupReminderSchema>;
export type SetupReminderInput = z.output<typeof setupReminderSchema>;

export const SETUP_STEPS = ["about", "reminder", "helper"] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];
