import { z } from "zod";
import { CONDITIONS } from "../foot-health/vocabulary";
import { messageKey, type ErrorKey } from "../i18n/message-key";
import { LOCAL_DATE_PATTERN } from "../time/local-day";

const blankAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const pastDate = (messages: { required: ErrorKey; future: ErrorKey; check: ErrorKey }) =>
  z.preprocess(
    blankAsNull,
    z
      .string()
      .regex(LOCAL_DATE_PATTERN, messageKey(messages.required))
      .refine((value) => value <= new Date().toISOString().slice(0, 10), messageKey(messages.future))
      .refine((value) => value >= "1900-01-01", messageKey(messages.check))
      .nullable(),
  );

export const healthProfileSchema = z.object({
  conditions: z.array(z.enum(CONDITIONS)).max(CONDITIONS.length).default([]),
  otherCondition: z.string().trim().max(200, messageKey("tooLong", { max: 200 })).default(""),
  surgeryDate: pastDate({ required: "surgeryDateRequired", future: "surgeryDateFuture", check: "surgeryDateCheck" }),
  massageCleared: z.boolean().default(false),
  iwgdfRisk: z.preprocess(blankAsNull, z.coerce.number().int().min(0, messageKey("riskCategory")).max(3, messageKey("riskCategory")).nullable()),
  /** Email me when a professional foot check is due (only with a category). */
  professionalCheckReminder: z.boolean().default(false),
  clinicianName: z.string().trim().max(120, messageKey("tooLong", { max: 120 })).default(""),
  clinicianContact: z.string().trim().max(300, messageKey("tooLong", { max: 300 })).default(""),
  dateOfBirth: pastDate({ required: "birthDateRequired", future: "birthDateFuture", check: "birthDateCheck" }),
});

export type HealthProfileFormValues = z.input<typeof healthProfileSchema>;
export type HealthProfileInput = z.output<typeof healthProfileSchema>;
