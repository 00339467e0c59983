import { differenceInCalendarDays, parseISO } from "date-fns";
import type { CareKind, Condition, Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";

// The foot-care guidance the journal shows beside an entry: advice, never a diagnosis
// (DESIGN.md, "Advice, never diagnosis"). Pure functions over plain data; the caller loads it.

export const NOT_MEDICAL_ADVICE = "General foot-care information, not medical advice.";

/** A calendar day as the person lived it, "YYYY-MM-DD". */
export type LocalDate = string;

/** How many local days the rules look back over, counting the entry's own day. */
export const HISTORY_DAYS = 30;

export type AdviceProfile = {
  conditions: readonly Condition[];
  /** The day of a recent foot surgery, or null. */
  surgeryDate: LocalDate | null;
  /** The doctor has said massage is fine again after the surgery. */
  massageCleared: boolean;
};

export type AdviceObservation = {
  foot: Foot;
  region: FootRegion;
  kind: ObservationKind;
  /** The person's own words when kind is OTHER. */
  customKind?: string;
  /** 0–10, or null when not rated. */
  pain: number | null;
};

/** The entry the advice is for. Its localDate is "today" for every rule. */
export type AdviceEntry = {
  localDate: LocalDate;
  /** Overall pain, 0–10. */
  pain: number;
  careKind: CareKind;
  /** Skin temperature in °C (the Decimal column as a number), or null when not measured. */
  leftTempC: number | null;
  rightTempC: number | null;
  observations: readonly AdviceObservation[];
};

/** What the rules need from one of the person's other entries. */
export type PastEntry = {
  localDate: LocalDate;
  pain: number;
  leftTempC: number | null;
  rightTempC: number | null;
  observationKinds: readonly ObservationKind[];
};

export type AdviceInput = {
  profile: AdviceProfile;
  entry: AdviceEntry;
  /**
   * The person's other entries dated within the HISTORY_DAYS local days ending on the entry's day
   * (entry day − 29 … entry day), including other entries of that same day, in any order. Entries
   * outside that window are ignored, and passing the entry itself as well changes nothing.
   */
  history: readonly PastEntry[];
};

export type AdviceLevel = "urgent" | "see-professional" | "care";

export type AdviceId =
  | "urgent-foot-problem"
  | "temperature-difference"
  | "yellowish-toenail"
  | "athletes-foot"
  | "strong-or-chronic-pain"
  | "no-massage-after-surgery"
  | "redness"
  | "blister"
  | "dry-skin"
  | "massage-routine";

export type Advice = {
  /** Stable: one rule, one id. */
  id: AdviceId;
  level: AdviceLevel;
  title: string;
  text: string;
  /** Why it shows, in plain words naming what was noted and where. */
  reason: string;
};

/** A red flag is anything urgent: the person should contact their doctor or foot clinic promptly. */
export function hasRedFlag(advice: readonly Advice[]): boolean {
  return advice.some((item) => item.level === "urgent");
}

export function adviceFor(input: AdviceInput): Advice[] {
  const shown: Advice[] = [];
  for (const { id, level, title, text, reasonFor } of RULES) {
    const reason = reasonFor(input, shown);
    if (reason !== null) shown.push({ id, level, title, text, reason });
  }
  // Array.prototype.sort is stable, so within a level the rules keep their table order.
  return shown.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
}

const LEVEL_ORDER: readonly AdviceLevel[] = ["urgent", "see-professional", "care"];

type Rule = {
  id: AdviceId;
  level: AdviceLevel;
  title: string;
  text: string;
  /** Why the rule applies to this input, or null when it does not. `shownSoFar` holds the rules above it that applied. */
  reasonFor: (input: AdviceInput, shownSoFar: readonly Advice[]) => string | null;
};

const STRONG_PAIN = 7;
const CHRONIC_PAIN_DAYS = 14;
const POST_SURGERY_NO_MASSAGE_DAYS = 84; // 12 weeks
/** IWGDF: a left–right skin temperature difference above 2.2 °C on two consecutive days. */
const TEMPERATURE_DIFFERENCE_TENTHS = 22;
/** A colour change counts as new when none was noted in this many days before the entry's day. */
const NEW_COLOUR_CHANGE_DAYS = 7;

const URGENT_WITH_DIABETES_OR_CIRCULATION: readonly ObservationKind[] = ["CUT_OR_WOUND", "OPEN_SORE", "BLISTER", "WARMTH"];

const RULES: readonly Rule[] = [
  {
    id: "urgent-foot-problem",
    level: "urgent",
    title: "Contact your doctor or foot clinic promptly",
    text:
      "With diabetes or circulation concerns, a cut, a sore, a blister, a new colour change or warmth on the foot " +
      "can get worse quickly, even when it does not hurt. Contact your doctor or foot clinic promptly — do not wait for your next visit.",
    reasonFor: ({ profile, entry, history }) => {
      const conditions = profile.conditions.filter((condition) => condition === "DIABETES" || condition === "CIRCULATION");
      if (conditions.length === 0) return null;
      const colourChangeIsNew = !history.some(
        (past) => isInRange(daysBefore(past.localDate, entry.localDate), 1, NEW_COLOUR_CHANGE_DAYS) && past.observationKinds.includes("COLOUR_CHANGE"),
      );
      const concerning = entry.observations.filter(
        (observation) =>
          URGENT_WITH_DIABETES_OR_CIRCULATION.includes(observation.kind) || (observation.kind === "COLOUR_CHANGE" && colourChangeIsNew),
      );
      if (concerning.length === 0) return null;
      const newColour = concerning.some((observation) => observation.kind === "COLOUR_CHANGE")
        ? ` You had not noted a colour change in the ${NEW_COLOUR_CHANGE_DAYS} days before.`
        : "";
      const conditionWords = joinWithAnd(conditions.map((condition) => (condition === "DIABETES" ? "diabetes" : "circulation concerns")));
      return `${youNoted(concerning)}${newColour} Your profile mentions ${conditionWords}.`;
    },
  },
  {
    id: "temperature-difference",
    level: "urgent",
    title: "Contact your foot clinic: one foot is warmer",
    text:
      "A difference of more than 2.2 °C between your feet on two days in a row can be a sign of inflammation " +
      "(international diabetic foot guidance, IWGDF). Contact your foot clinic promptly, and walk less until you have spoken to them.",
    reasonFor: ({ entry, history }) => {
      const today = temperatureDifference(entry);
      if (!today) return null;
      const dayBefore = history
        .filter((past) => daysBefore(past.localDate, entry.localDate) === 1)
        .map(temperatureDifference)
        .filter((difference) => difference !== null)
        .sort((a, b) => b.tenths - a.tenths)[0];
      if (!dayBefore) return null;
      return `In this entry your ${describeWarmer(today)}; the day before, your ${describeWarmer(dayBefore)}.`;
    },
  },
  {
    id: "yellowish-toenail",
    level: "see-professional",
    title: "Yellowish toenail",
    text: "A yellowish toenail can be a sign of a fungal infection. It is worth showing to your doctor or a podiatrist.",
    reasonFor: ({ entry }) => youNotedAny(entry.observations.filter((observation) => observation.kind === "YELLOWISH_TOENAIL")),
  },
  {
    id: "athletes-foot",
    level: "see-professional",
    title: "Dry or flaky skin with burning",
    text: "Dry or flaky skin together with burning can be a sign of athlete's foot. It is worth showing to your doctor or a podiatrist.",
    reasonFor: ({ entry }) => {
      // Both on the same foot in this entry: the combination, not either alone, is what the guidance is about.
      const onFeetWithBoth = (["LEFT", "RIGHT"] as const).flatMap((foot) => {
        const onFoot = entry.observations.filter((observation) => observation.foot === foot);
        const skin = onFoot.filter((observation) => observation.kind === "DRY_SKIN" || observation.kind === "FLAKY_SKIN");
        const burning = onFoot.filter((observation) => observation.kind === "BURNING");
        return skin.length > 0 && burning.length > 0 ? [...skin, ...burning] : [];
      });
      return youNotedAny(onFeetWithBoth);
    },
  },
  {
    id: "strong-or-chronic-pain",
    level: "see-professional",
    title: "Strong or lasting pain",
    text: "Strong pain, or pain that keeps coming back, should be looked at by your doctor or a podiatrist. They can help find what eases it.",
    reasonFor: ({ entry, history }) => {
      const reasons: string[] = [];
      if (entry.pain >= STRONG_PAIN) reasons.push(`You rated your overall pain ${entry.pain} out of 10.`);
      const strong = entry.observations.filter((observation) => observation.pain !== null && observation.pain >= STRONG_PAIN);
      if (strong.length > 0) {
        const each = strong.map((observation) => `${observation.pain} out of 10 with ${kindWords(observation)} ${placeWords(observation)}`);
        reasons.push(`You noted pain of ${joinWithAnd(each)}.`);
      }
      const painDays = new Set(
        history
          .filter((past) => past.pain >= 1 && isInRange(daysBefore(past.localDate, entry.localDate), 0, HISTORY_DAYS - 1))
          .map((past) => past.localDate),
      );
      if (entry.pain >= 1) painDays.add(entry.localDate);
      if (painDays.size >= CHRONIC_PAIN_DAYS) reasons.push(`You noted pain on ${painDays.size} of the last ${HISTORY_DAYS} days.`);
      return reasons.length > 0 ? reasons.join(" ") : null;
    },
  },
  {
    // see-professional rather than care: only the doctor can lift it, and it must not sink below the
    // routine tips; not urgent, because nothing here suggests harm that cannot wait.
    id: "no-massage-after-surgery",
    level: "see-professional",
    title: "Hold off massage for now",
    text:
      "After foot surgery, hold off foot massage until your doctor says it is fine. " +
      "Once they have, you can note it in your health profile.",
    reasonFor: ({ profile, entry }) => {
      const daysAfter = daysInNoMassageWindow(profile, entry.localDate);
      if (daysAfter === null) return null;
      const when = daysAfter === 0 ? "on the day of your foot surgery" : `${daysAfter} ${daysAfter === 1 ? "day" : "days"} after your foot surgery`;
      const massage = entry.careKind === "NONE" ? "" : ` It records that ${MASSAGE_WORDS[entry.careKind]}.`;
      return `This entry is ${when}, and your profile does not say your doctor has cleared massage yet.${massage}`;
    },
  },
  {
    // care rather than see-professional: the first step is to watch it; a professional only if it stays or spreads.
    id: "redness",
    level: "care",
    title: "Redness: keep an eye on it",
    text: "Redness can be a sign of inflammation. Keep an eye on it, and see your doctor or a podiatrist if it stays or spreads.",
    reasonFor: ({ entry }) => youNotedAny(entry.observations.filter((observation) => observation.kind === "REDNESS")),
  },
  {
    id: "blister",
    level: "care",
    title: "Caring for a blister",
    text: "Clean it gently, apply an antibiotic ointment and cover it with a bandage.",
    reasonFor: ({ entry }) => youNotedAny(entry.observations.filter((observation) => observation.kind === "BLISTER")),
  },
  {
    // DESIGN.md names calluses; dry skin also cracks, which lets germs in.
    id: "dry-skin",
    level: "care",
    title: "Moisturise dry skin early",
    text:
      "Use a moisturising cream every day, but not between the toes. " +
      "Left untreated, dry skin can lead to calluses and cracks in the skin.",
    reasonFor: ({ entry }) => youNotedAny(entry.observations.filter((observation) => observation.kind === "DRY_SKIN")),
  },
  {
    // Last in the table: it is shown only when nothing above asks the person to act first or to hold off massage.
    id: "massage-routine",
    level: "care",
    title: "A gentle foot massage",
    text:
      "Use a lotion, knead gently from the toes towards the heel, and gently pull each toe. " +
      "A regular massage can help circulation, ease tension, and reduce pain and tiredness.",
    reasonFor: ({ profile, entry }, shownSoFar) => {
      if (hasRedFlag(shownSoFar) || daysInNoMassageWindow(profile, entry.localDate) !== null) return null;
      return entry.careKind === "NONE"
        ? "Nothing in this entry suggests holding off a gentle foot massage."
        : `This entry records that ${MASSAGE_WORDS[entry.careKind]}; these tips can help you get the most from it.`;
    },
  },
];

const MASSAGE_WORDS: Record<Exclude<CareKind, "NONE">, string> = {
  SELF: "you massaged your own feet",
  PARTNER: "someone else massaged your feet",
  PROFESSIONAL: "a professional worked on your feet",
};

/** Days since the surgery when the entry falls in the post-surgery no-massage window, else null. */
function daysInNoMassageWindow(profile: AdviceProfile, today: LocalDate): number | null {
  if (profile.massageCleared || profile.surgeryDate === null) return null;
  const daysAfter = daysBefore(profile.surgeryDate, today);
  return isInRange(daysAfter, 0, POST_SURGERY_NO_MASSAGE_DAYS) ? daysAfter : null;
}

type TemperatureDifference = { warmer: Foot; tenths: number };

/** The left–right difference when it is above the IWGDF threshold, else null. */
function temperatureDifference(reading: { leftTempC: number | null; rightTempC: number | null }): TemperatureDifference | null {
  if (reading.leftTempC === null || reading.rightTempC === null) return null;
  // In whole tenths (the thermometer's and the column's precision), so 35.0 − 32.8 is exactly 2.2, not 2.2000000000000028.
  const tenths = Math.round(reading.leftTempC * 10) - Math.round(reading.rightTempC * 10);
  if (Math.abs(tenths) <= TEMPERATURE_DIFFERENCE_TENTHS) return null;
  return { warmer: tenths > 0 ? "LEFT" : "RIGHT", tenths: Math.abs(tenths) };
}

function describeWarmer({ warmer, tenths }: TemperatureDifference): string {
  const [warm, cool] = warmer === "LEFT" ? ["left", "right"] : ["right", "left"];
  return `${warm} foot was ${(tenths / 10).toFixed(1)} °C warmer than your ${cool}`;
}

/** How many calendar days `date` is before `today`: 1 for the day before, 0 for the same day, negative after. */
function daysBefore(date: LocalDate, today: LocalDate): number {
  return differenceInCalendarDays(parseISO(today), parseISO(date));
}

function isInRange(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

/** "You noted redness on the left heel and on the right toes.", or null when there is nothing to name. */
function youNotedAny(observations: readonly AdviceObservation[]): string | null {
  return observations.length > 0 ? youNoted(observations) : null;
}

function youNoted(observations: readonly AdviceObservation[]): string {
  const placesByKind = new Map<string, Set<string>>();
  for (const observation of observations) {
    const kind = kindWords(observation);
    const places = placesByKind.get(kind) ?? new Set<string>();
    places.add(placeWords(observation));
    placesByKind.set(kind, places);
  }
  const groups = [...placesByKind].map(([kind, places]) => `${kind} ${joinWithAnd([...places])}`);
  return `You noted ${joinWithAnd(groups)}.`;
}

// Words that fit after "You noted": the vocabulary's labels are headings ("Yellowish toenail"), not sentence parts.
const KIND_WORDS: Record<Exclude<ObservationKind, "OTHER">, string> = {
  REDNESS: "redness",
  SWELLING: "swelling",
  WARMTH: "warmth",
  COLOUR_CHANGE: "a colour change",
  YELLOWISH_TOENAIL: "yellowing",
  THICKENED_NAIL: "a thickened nail",
  INGROWN_NAIL: "an ingrown nail",
  DRY_SKIN: "dry skin",
  FLAKY_SKIN: "flaky skin",
  CRACKED_SKIN: "cracked skin",
  BURNING: "burning",
  ITCHING: "itching",
  BLISTER: "a blister",
  CALLUS: "a callus",
  CORN: "a corn",
  BUNION: "a bunion",
  CUT_OR_WOUND: "a cut or wound",
  OPEN_SORE: "an open sore",
  NUMBNESS: "numbness",
  TINGLING: "tingling",
  COLD_FOOT: "coldness",
};

function kindWords({ kind, customKind }: AdviceObservation): string {
  if (kind !== "OTHER") return KIND_WORDS[kind];
  const own = customKind?.trim();
  return own ? `“${own}”` : "something";
}

/** "on the left heel", "between the right toes", "on the ball of the left foot". */
function placeWords({ foot, region }: AdviceObservation): string {
  const side = foot === "LEFT" ? "left" : "right";
  const places: Record<FootRegion, string> = {
    TOES: `on the ${side} toes`,
    TOENAILS: `on the ${side} toenails`,
    BETWEEN_TOES: `between the ${side} toes`,
    BALL: `on the ball of the ${side} foot`,
    ARCH: `on the ${side} arch`,
    HEEL: `on the ${side} heel`,
    TOP: `on the top of the ${side} foot`,
    INNER_SIDE: `on the inner side of the ${side} foot`,
    OUTER_SIDE: `on the outer side of the ${side} foot`,
    ANKLE: `on the ${side} ankle`,
  };
  return places[region];
}

/** "a", "a and b", "a, b and c". */
function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
