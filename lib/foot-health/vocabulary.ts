import type { CareKind, Condition, Foot, FootRegion, ObservationKind, TemperatureSite } from "../generated/prisma/enums";

// The words people use for each value of the domain, in one place, for forms, lists, guidance,
// charts and reports alike.

export const FEET = ["LEFT", "RIGHT"] as const satisfies readonly Foot[];
export const FOOT_LABELS: Record<Foot, string> = { LEFT: "Left foot", RIGHT: "Right foot" };

export const REGIONS = [
  "TOES",
  "TOENAILS",
  "BETWEEN_TOES",
  "BALL",
  "ARCH",
  "HEEL",
  "TOP",
  "INNER_SIDE",
  "OUTER_SIDE",
  "ANKLE",
] as const satisfies readonly FootRegion[];
export const REGION_LABELS: Record<FootRegion, string> = {
  TOES: "Toes",
  TOENAILS: "Toenails",
  BETWEEN_TOES: "Between the toes",
  BALL: "Ball of the foot",
  ARCH: "Arch",
  HEEL: "Heel",
  TOP: "Top of the foot",
  INNER_SIDE: "Inner side",
  OUTER_SIDE: "Outer side",
  ANKLE: "Ankle",
};

export const OBSERVATION_KINDS = [
  "REDNESS",
  "SWELLING",
  "WARMTH",
  "COLOUR_CHANGE",
  "YELLOWISH_TOENAIL",
  "THICKENED_NAIL",
  "INGROWN_NAIL",
  "DRY_SKIN",
  "FLAKY_SKIN",
  "CRACKED_SKIN",
  "BURNING",
  "ITCHING",
  "BLISTER",
  "CALLUS",
  "CORN",
  "BUNION",
  "CUT_OR_WOUND",
  "OPEN_SORE",
  "NUMBNESS",
  "TINGLING",
  "COLD_FOOT",
  "OTHER",
] as const satisfies readonly ObservationKind[];
export const OBSERVATION_KIND_LABELS: Record<ObservationKind, string> = {
  REDNESS: "Redness",
  SWELLING: "Swelling",
  WARMTH: "Warmth",
  COLOUR_CHANGE: "Colour change",
  YELLOWISH_TOENAIL: "Yellowish toenail",
  THICKENED_NAIL: "Thickened nail",
  INGROWN_NAIL: "Ingrown nail",
  DRY_SKIN: "Dry skin",
  FLAKY_SKIN: "Flaky skin",
  CRACKED_SKIN: "Cracked skin",
  BURNING: "Burning",
  ITCHING: "Itching",
  BLISTER: "Blister",
  CALLUS: "Callus",
  CORN: "Corn",
  BUNION: "Bunion",
  CUT_OR_WOUND: "Cut or wound",
  OPEN_SORE: "Open sore",
  NUMBNESS: "Numbness",
  TINGLING: "Tingling",
  COLD_FOOT: "Cold foot",
  OTHER: "Something else",
};

export const CARE_KINDS = ["NONE", "SELF", "PARTNER", "PROFESSIONAL"] as const satisfies readonly CareKind[];
export const CARE_KIND_LABELS: Record<CareKind, string> = {
  NONE: "No massage or care today",
  SELF: "I massaged my own feet",
  PARTNER: "Someone else massaged them",
  PROFESSIONAL: "A professional (podiatrist, therapist)",
};

export const CONDITIONS = ["DIABETES", "CIRCULATION", "NEUROPATHY", "ARTHRITIS", "FIBROMYALGIA", "OTHER"] as const satisfies readonly Condition[];
export const CONDITION_LABELS: Record<Condition, string> = {
  DIABETES: "Diabetes",
  CIRCULATION: "Circulation concerns (PAD)",
  NEUROPATHY: "Neuropathy / loss of feeling",
  ARTHRITIS: "Arthritis",
  FIBROMYALGIA: "Fibromyalgia",
  OTHER: "Other",
};

/** IWGDF foot-risk categories: what each means and how often a professional foot check is advised. */
export const IWGDF_RISK = [
  { category: 0, meaning: "Very low risk: no loss of protective sensation and no circulation problem", checkEvery: "once a year" },
  { category: 1, meaning: "Low risk: loss of protective sensation or a circulation problem", checkEvery: "every 6–12 months" },
  { category: 2, meaning: "Moderate risk: loss of sensation with a circulation problem or a foot deformity, or a circulation problem with a deformity", checkEvery: "every 3–6 months" },
  { category: 3, meaning: "High risk: a past foot ulcer or amputation, or end-stage kidney disease, with loss of sensation or a circulation problem", checkEvery: "every 1–3 months" },
] as const;

/**
 * The six spots IWGDF home monitoring measures on each foot, in the order the form asks for them
 * (toes to heel). UNRECORDED, for readings made before the spots existed, is not offered for new ones.
 */
export const TEMPERATURE_SITES = [
  "HALLUX",
  "FIRST_METATARSAL_HEAD",
  "THIRD_METATARSAL_HEAD",
  "FIFTH_METATARSAL_HEAD",
  "MIDFOOT",
  "HEEL",
] as const satisfies readonly TemperatureSite[];
export type MeasuredSite = (typeof TEMPERATURE_SITES)[number];
export const TEMPERATURE_SITE_LABELS: Record<TemperatureSite, string> = {
  HALLUX: "Big toe",
  FIRST_METATARSAL_HEAD: "Ball of the foot, below the big toe (1st metatarsal head)",
  THIRD_METATARSAL_HEAD: "Ball of the foot, middle (3rd metatarsal head)",
  FIFTH_METATARSAL_HEAD: "Ball of the foot, below the little toe (5th metatarsal head)",
  MIDFOOT: "Middle of the sole (midfoot)",
  HEEL: "Heel",
  UNRECORDED: "Spot not recorded",
};
/** Short names for tables and chart titles. */
export const TEMPERATURE_SITE_SHORT_LABELS: Record<TemperatureSite, string> = {
  HALLUX: "Big toe",
  FIRST_METATARSAL_HEAD: "1st metatarsal head",
  THIRD_METATARSAL_HEAD: "3rd metatarsal head",
  FIFTH_METATARSAL_HEAD: "5th metatarsal head",
  MIDFOOT: "Midfoot",
  HEEL: "Heel",
  UNRECORDED: "Spot not recorded",
};
/** The region of the foot map each spot lies in; null for a reading whose spot is not known. */
export const TEMPERATURE_SITE_REGION: Record<TemperatureSite, FootRegion | null> = {
  HALLUX: "TOES",
  FIRST_METATARSAL_HEAD: "BALL",
  THIRD_METATARSAL_HEAD: "BALL",
  FIFTH_METATARSAL_HEAD: "BALL",
  MIDFOOT: "ARCH",
  HEEL: "HEEL",
  UNRECORDED: null,
};

export const PAIN_SCALE_ENDS = { 0: "No pain", 10: "Worst pain imaginable" } as const;

/** Choices for a select, in the domain's order, with the words people use. */
function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>) {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const FOOT_OPTIONS = optionsOf(FEET, FOOT_LABELS);
export const REGION_OPTIONS = optionsOf(REGIONS, REGION_LABELS);
export const OBSERVATION_KIND_OPTIONS = optionsOf(OBSERVATION_KINDS, OBSERVATION_KIND_LABELS);

/** 0–10 with both ends named, for optional scores (pain at one place, tiredness). */
export function scoreOptions(ends: { 0: string; 10: string }) {
  return Array.from({ length: 11 }, (_, score) => ({
    value: String(score),
    label: score === 0 ? `0 – ${ends[0]}` : score === 10 ? `10 – ${ends[10]}` : String(score),
  }));
}
