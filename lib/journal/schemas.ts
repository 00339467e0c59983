import { messageKey } from "../i18n/message-key";
import { z } from "zod";
import { instantOfLocal, LOCAL_DATE_PATTERN, LOCAL_TIME_PATTERN } from "../time/local-day";
import { MAX_PHOTOS_PER_ENTRY, uploadedPhotoSchema } from "../photos/schemas";
import { CARE_KINDS, FEET, OBSERVATION_KINDS, REGIONS } from "../foot-health/vocabulary";
import type { Foot, TemperatureSite } from "../generated/prisma/enums";
import { MAX_NOTES_LENGTH, MAX_OBSERVATIONS } from "./limits";

// One entry schema for the form (zodResolver) and the server action. It is made per person because
// "not in the future" depends on their zone and the current time. Its input type is what the form's
// fields hold (text, "" when blank); its output is what the services take.

export { MAX_NOTES_LENGTH, MAX_OBSERVATIONS, MAX_PHOTOS } from "./limits";

/**
 * A number field as the form holds it: its text ("" when blank), null for a radio group with
 * nothing chosen. The server parses again what the form parsed, so a number comes in too.
 */
type NumberField = string | number | null | undefined;

const blankNumberAsNull = (value: NumberField) => (value === "" || value === undefined ? null : value);

/** A select that starts blank: "" until something is chosen; blank reads as `message`. */
function chosen<const T extends readonly [string, ...string[]]>(values: T, message: string) {
  return z.union([z.enum(values), z.literal("")], { error: message }).pipe(z.enum(values, { error: message }));
}

// An unchosen radio group gives null, which must not count as 0.
const painScore = z.preprocess(
  (value: NumberField) => (value === null || value === "" ? undefined : value),
  z.coerce.number({ error: messageKey("scoreRange") }).int().min(0, messageKey("scoreRange")).max(10, messageKey("scoreRange")),
);
const optionalPainScore = z.preprocess(blankNumberAsNull, painScore.nullable());

const skinTemperature = z.preprocess(
  blankNumberAsNull,
  z.coerce
    .number({ error: messageKey("temperatureNumber") })
    .min(15, messageKey("temperatureRange"))
    .max(42, messageKey("temperatureRange"))
    .transform((value) => Math.round(value * 10) / 10)
    .nullable(),
);

/** Every spot a reading can be at: the six IWGDF spots, and UNRECORDED for readings made before them. */
const READING_SITES = ["HALLUX", "FIRST_METATARSAL_HEAD", "THIRD_METATARSAL_HEAD", "FIFTH_METATARSAL_HEAD", "MIDFOOT", "HEEL", "UNRECORDED"] as const satisfies readonly TemperatureSite[];

/** One foot's readings: a field per spot, any of them blank (either foot may be partial). */
const footReadings = z.object(Object.fromEntries(READING_SITES.map((site) => [site, skinTemperature.optional()])) as Record<TemperatureSite, z.ZodOptional<typeof skinTemperature>>);

// The same shape in and out: the server action parses again what the form's schema parsed.
export const temperaturesSchema = z.object({ LEFT: footReadings.default({}), RIGHT: footReadings.default({}) }).default({ LEFT: {}, RIGHT: {} });
export type TemperaturesInput = z.output<typeof temperaturesSchema>;

/** The readings given, one per foot and spot; the blank ones are not readings. */
export function readingsOf(temperatures: TemperaturesInput): { foot: Foot; site: TemperatureSite; celsius: number }[] {
  return FEET.flatMap((foot) =>
    READING_SITES.flatMap((site) => {
      const celsius = temperatures[foot][site];
      return celsius === null || celsius === undefined ? [] : [{ foot, site, celsius }];
    }),
  );
}

export const observationSchema = z
  .object({
    foot: chosen(FEET, messageKey("chooseFoot")),
    region: chosen(REGIONS, messageKey("chooseRegion")),
    kind: chosen(OBSERVATION_KINDS, messageKey("chooseKind")),
    customKind: z.string().trim().max(80, messageKey("tooLong", { max: 80 })).default(""),
    pain: optionalPainScore,
    note: z.string().trim().max(500, messageKey("tooLong", { max: 500 })).default(""),
  })
  .refine((value) => value.kind !== "OTHER" || value.customKind.length > 0, {
    path: ["customKind"],
    message: messageKey("describeKind"),
  });

export function makeEntrySchema(options: { timeZone: string; now?: () => Date }) {
  const now = options.now ?? (() => new Date());
  // A minute's grace: the form's "now" was filled in a moment ago.
  const isInFuture = (date: string, time: string) => instantOfLocal(date, time, options.timeZone).getTime() > now().getTime() + 60_000;
  return z
    .object({
      date: z.string().regex(LOCAL_DATE_PATTERN, messageKey("dateRequired")),
      time: z.string().regex(LOCAL_TIME_PATTERN, messageKey("timeRequired")),
      pain: painScore,
      fatigue: optionalPainScore,
      observations: z.array(observationSchema).max(MAX_OBSERVATIONS, messageKey("tooManyObservations", { max: MAX_OBSERVATIONS })),
      careKind: z.enum(CARE_KINDS, { error: messageKey("chooseOne") }),
      careMinutes: z.preprocess(blankNumberAsNull, z.coerce.number({ error: messageKey("minutesRequired") }).int().min(1, messageKey("minutesRange")).max(240, messageKey("minutesRange")).nullable()),
      lotionUsed: z.boolean().default(false),
      temperatures: temperaturesSchema,
      notes: z.string().max(MAX_NOTES_LENGTH, messageKey("notesTooLong", { max: MAX_NOTES_LENGTH })).default(""),
      photos: z.array(uploadedPhotoSchema).max(MAX_PHOTOS_PER_ENTRY, messageKey("tooManyPhotos", { max: MAX_PHOTOS_PER_ENTRY })).default([]),
    })
    .superRefine((value, context) => {
      if (value.careKind !== "NONE" && value.careMinutes === null) {
        context.addIssue({ code: "custom", path: ["careMinutes"], message: messageKey("minutesMissing") });
      }
    })
    // Checked even when other fields have problems, so every message shows at once.
    .refine((value) => !isInFuture(value.date, value.time), {
      path: ["time"],
      message: messageKey("inFuture"),
      when: ({ value }) => {
        const { date, time } = value as { date?: unknown; time?: unknown };
        return typeof date === "string" && LOCAL_DATE_PATTERN.test(date) && typeof time === "string" && LOCAL_TIME_PATTERN.test(time);
      },
    })
    .transform((value) => ({
      ...value,
      careMinutes: value.careKind === "NONE" ? null : value.careMinutes,
      lotionUsed: value.careKind === "NONE" ? false : value.lotionUsed,
      recordedAt: instantOfLocal(value.date, value.time, options.timeZone),
    }));
}

/** What the entry form's fields hold. */
export type EntryFormValues = z.input<ReturnType<typeof makeEntrySchema>>;
export type EntryInput = z.output<ReturnType<typeof makeEntrySchema>>;
export type ObservationInput = z.output<typeof observationSchema>;

// Search parameters may be anything, a list included; what does not parse is no filter.
const blankAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);

export const entryFiltersSchema = z.object({
  from: z.preprocess(blankAsNull, z.string().regex(LOCAL_DATE_PATTERN).nullable()).catch(null),
  to: z.preprocess(blankAsNull, z.string().regex(LOCAL_DATE_PATTERN).nullable()).catch(null),
  foot: z.preprocess(blankAsNull, z.enum(FEET).nullable()).catch(null),
  region: z.preprocess(blankAsNull, z.enum(REGIONS).nullable()).catch(null),
  kind: z.preprocess(blankAsNull, z.enum(OBSERVATION_KINDS).nullable()).catch(null),
  minPain: z.preprocess(blankAsNull, z.coerce.number().int().min(0).max(10).nullable()).catch(null),
  cursor: z.preprocess(blankAsNull, z.string().max(64).nullable()).catch(null),
});
export type EntryFilters = z.output<typeof entryFiltersSchema>;

/** "Healed" (and its undo) for the observations behind one piece of guidance. */
export const healedSchema = z.object({
  observationIds: z.array(z.string().min(1).max(64)).min(1, messageKey("chooseHealed")).max(200),
});
export type HealedInput = z.output<typeof healedSchema>;
