import { z } from "zod";
import { CONDITIONS } from "../foot-health/vocabulary";
import { LOCAL_DATE_PATTERN } from "../time/local-day";

const blankAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const pastDate = (label: string) =>
  z.preprocess(
    blankAsNull,
    z
      .string()
      .regex(LOCAL_DATE_PATTERN, `Enter the ${label}`)
      .refine((value) => value <= new Date().toISOString().slice(0, 10), `The ${label} can't be in the future`)
      .refine((value) => value >= "1900-01-01", `Check the ${label}`)
      .nullable(),
  );

export const healthProfileSchema = z.object({
  conditions: z.array(z.enum(CONDITIONS)).max(CONDITIONS.length).default([]),
  otherCondition: z.string().trim().max(200, "Use at most 200 characters").default(""),
  surgeryDate: pastDate("surgery date"),
  massageCleared: z.boolean().default(false),
  iwgdfRisk: z.preprocess(blankAsNull, z.coerce.number().int().min(0, "Choose 0, 1, 2 or 3").max(3, "Choose 0, 1, 2 or 3").nullable()),
  /** Email me when a professional foot check is due (only with a category). */
  professionalCheckReminder: z.boolean().default(false),
  clinicianName: z.string().trim().max(120, "Use at most 120 characters").default(""),
  clinicianContact: z.string().trim().max(300, "Use at most 300 characters").default(""),
  dateOfBirth: pastDate("date of birth"),
});

export type HealthProfileFormValues = z.input<typeof healthProfileSchema>;
export type HealthProfileInput = z.output<typeof healthProfileSchema>;
