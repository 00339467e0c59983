import type { CareKind, Foot, FootRegion, ObservationKind, TemperatureSite } from "../generated/prisma/enums";
import { addLocalDays, daysBetween, type LocalDate } from "../time/calendar";
import type { Finding } from "./checks";
import { NEW_COLOUR_CHANGE_DAYS, type Advice, type AdviceLevel, type WatchfulCondition } from "./rules";
import type { SpotDifference } from "./temperature";

// The words of the guidance, keyed by advice id, apart from the rules that decide it: the rules
// pass out places, kinds, dates and figures, and every sentence is put together here. This is the
// file a translation replaces (English now; Spanish comes with the message files).

export const NOT_MEDICAL_ADVICE = "General foot-care information, not medical advice.";

export const LEVEL_LABELS: Record<AdviceLevel, string> = {
  urgent: "Act promptly",
  "see-professional": "Worth showing a professional",
  care: "Foot-care tip",
};

export const NO_GUIDANCE = "Nothing in this check calls for particular guidance. Keep checking daily.";
export const NO_ACTIVE_GUIDANCE = "No guidance is active: nothing you noted in the last two weeks calls for it.";
export const NO_RED_FLAGS = "None: nothing in this period called for prompt contact with a clinician.";
export const ACTIVE_FOR = "Guidance about something you noted stays for 14 days after you last noted it, or until you mark it healed.";

export type AdviceWords = { title: string; text: string; reason: string };

/**
 * What the reader needs to put dates into words: their locale and the day the guidance is for.
 * `relative` says "today" and "yesterday"; the report, read later by someone else, names every day.
 */
export type WordingContext = { locale: string; today: LocalDate; relative?: boolean };

export function wordsFor(advice: Advice, context: WordingContext): AdviceWords {
  const dated = (findings: readonly Finding[]) => youNoted(findings, context);
  switch (advice.id) {
    case "urgent-foot-problem":
      return {
        title: "Contact your doctor or foot clinic promptly",
        text:
          "With diabetes or circulation concerns, a cut, a sore, a blister, a new colour change or warmth on the foot can get worse quickly, even when it does not hurt. " +
          "Contact your doctor or foot clinic promptly — do not wait for your next visit. Until you are seen, keep it clean and covered, and do not pop, cut or treat it yourself.",
        reason: [
          dated(advice.findings),
          advice.newColourChange ? `You had not noted a colour change in the ${NEW_COLOUR_CHANGE_DAYS} days before.` : "",
          `Your profile mentions ${joinWithAnd(advice.conditions.map(conditionWords))}.`,
        ]
          .filter(Boolean)
          .join(" "),
      };
    case "temperature-difference":
      return {
        title: "Contact your foot clinic: one foot is warmer",
        text:
          "The same spot on your two feet differed by more than 2.2 °C on two days in a row. In international diabetic foot guidance (IWGDF) this can be a sign of inflammation: " +
          "walk less, and contact your foot clinic or doctor promptly. Until you are seen, do not treat that foot yourself.",
        reason: advice.spots.map(({ latest, dayBefore }) => `${capitalise(differenceWords(latest, context))}, and ${onDay(dayBefore.localDate, context)} by ${celsius(dayBefore.differenceC)}.`).join(" "),
      };
    case "open-sore":
      return {
        title: "An open sore",
        text: "An open sore on the foot should be looked at by your doctor or a podiatrist, especially if it does not start to heal within a few days.",
        reason: dated(advice.findings),
      };
    case "yellowish-toenail":
      return {
        title: "Yellowish toenail",
        text: "A yellowish toenail can be a sign of a fungal infection. It is worth showing to your doctor or a podiatrist.",
        reason: dated(advice.findings),
      };
    case "athletes-foot":
      return {
        title: "Dry or flaky skin with burning",
        text: "Dry or flaky skin together with burning can be a sign of athlete's foot. It is worth showing to your doctor or a podiatrist.",
        reason: dated(advice.findings),
      };
    case "strong-or-chronic-pain": {
      const reasons: string[] = [];
      if (advice.overallPain !== null) reasons.push(`You rated your overall pain ${advice.overallPain} out of 10.`);
      if (advice.strongFindings.length > 0) {
        reasons.push(`You noted pain of ${joinWithAnd(advice.strongFindings.map((finding) => `${finding.pain} out of 10 with ${kindWords(finding)} ${placeWords(finding)}`))}.`);
      }
      if (advice.painDays !== null) reasons.push(`You noted pain on ${advice.painDays} of the last 30 days.`);
      return {
        title: "Strong or lasting pain",
        text: "Strong pain, or pain that keeps coming back, should be looked at by your doctor or a podiatrist. They can help find what eases it.",
        reason: reasons.join(" "),
      };
    }
    case "no-massage-after-surgery": {
      const when = advice.daysAfterSurgery === 0 ? "on the day of your foot surgery" : `${plural(advice.daysAfterSurgery, "day")} after your foot surgery`;
      return {
        title: "Hold off massage for now",
        text: "After foot surgery, hold off foot massage until your doctor says it is fine. Once they have, you can note it in your health profile.",
        reason: `This is ${when}, and your profile does not say your doctor has cleared massage yet.${advice.careRecorded ? ` This check records that ${CARE_WORDS[advice.careRecorded]}.` : ""}`,
      };
    }
    case "temperature-measure-again": {
      const days = [...new Set(advice.spots.map((spot) => spot.localDate))].sort();
      const measuredOn = days.at(-1)!;
      const nextDay = addLocalDays(measuredOn, 1);
      return {
        title: `Measure again ${dayWords(nextDay, context)} at the same time of day`,
        text:
          "A difference of more than 2.2 °C at one spot on a single day is often gone the next day. Measure the same spots again at the same time of day: " +
          "if the same spot is still more than 2.2 °C warmer, the guidance is to walk less and contact your foot clinic.",
        reason: `${capitalise(joinWithAnd(advice.spots.map((spot) => differenceWords(spot, context))))}.`,
      };
    }
    case "redness":
      return {
        title: "Redness: keep an eye on it",
        text: "Redness can be a sign of inflammation. Keep an eye on it, and see your doctor or a podiatrist if it stays or spreads.",
        reason: dated(advice.findings),
      };
    case "blister":
      return {
        title: "Caring for a blister",
        text: "Clean it gently, apply an antibiotic ointment and cover it with a bandage. See your doctor if it gets red, warm or swollen, or does not heal.",
        reason: dated(advice.findings),
      };
    case "cut-or-wound":
      return {
        title: "Caring for a small cut",
        text: "Clean it gently with water, cover it with a clean dressing and change it daily. See your doctor if it does not start to heal within a few days, or gets red, warm, swollen or weeps.",
        reason: dated(advice.findings),
      };
    case "dry-skin":
      return {
        title: "Moisturise dry skin early",
        text: "Use a moisturising cream every day, but not between the toes. Left untreated, dry skin can lead to calluses and cracks in the skin.",
        reason: dated(advice.findings),
      };
    case "massage-routine":
      return {
        title: "A gentle foot massage",
        text:
          "Use a lotion, knead gently from the toes towards the heel, and gently pull each toe. " +
          "A regular massage can help circulation, ease tension, and reduce pain and tiredness.",
        reason: advice.careRecorded
          ? `This check records that ${CARE_WORDS[advice.careRecorded]}; these tips can help you get the most from it.`
          : "Nothing you have noted suggests holding off a gentle foot massage.",
      };
  }
}

/** The words for a red flag in the doctor's report: what was flagged and why, on one line. */
export function redFlagLine(advice: Advice, context: WordingContext): string {
  const words = wordsFor(advice, context);
  return `${words.title}. ${words.reason}`;
}

/** "a blister on the left heel": what a "healed" button is about. */
export function findingWords(finding: Pick<Finding, "kind" | "customKind" | "foot" | "region">): string {
  return `${kindWords(finding)} ${placeWords(finding)}`;
}

const CARE_WORDS: Record<Exclude<CareKind, "NONE">, string> = {
  SELF: "you massaged your own feet",
  PARTNER: "someone else massaged your feet",
  PROFESSIONAL: "a professional worked on your feet",
};

function conditionWords(condition: WatchfulCondition): string {
  return condition === "DIABETES" ? "diabetes" : "circulation concerns";
}

/** "You noted a blister on the left heel and redness on the right toes today, and dry skin on the left heel on Monday 7 April." */
function youNoted(findings: readonly Finding[], context: WordingContext): string {
  const byDay = new Map<string, Map<string, Set<string>>>();
  for (const finding of [...findings].sort((a, b) => b.lastNotedOn.localeCompare(a.lastNotedOn))) {
    const when = onDay(finding.lastNotedOn, context);
    const kinds = byDay.get(when) ?? new Map<string, Set<string>>();
    const places = kinds.get(kindWords(finding)) ?? new Set<string>();
    places.add(placeWords(finding));
    kinds.set(kindWords(finding), places);
    byDay.set(when, kinds);
  }
  const days = [...byDay].map(([when, kinds]) => `${joinWithAnd([...kinds].map(([kind, places]) => `${kind} ${joinWithAnd([...places])}`))} ${when}`);
  return `You noted ${days.join(", and ")}.`;
}

/** "the left big toe was 2.4 °C warmer than the right today" */
function differenceWords(spot: SpotDifference, context: WordingContext): string {
  const [warm, cool] = spot.warmer === "LEFT" ? ["left", "right"] : ["right", "left"];
  return `${siteWords(spot.site, warm)} was ${celsius(spot.differenceC)} warmer than the ${cool} ${onDay(spot.localDate, context)}`;
}

const SITE_WORDS: Record<TemperatureSite, (side: string) => string> = {
  HALLUX: (side) => `the ${side} big toe`,
  FIRST_METATARSAL_HEAD: (side) => `the ${side} foot below the big toe (1st metatarsal head)`,
  THIRD_METATARSAL_HEAD: (side) => `the middle of the ${side} ball of the foot (3rd metatarsal head)`,
  FIFTH_METATARSAL_HEAD: (side) => `the ${side} foot below the little toe (5th metatarsal head)`,
  MIDFOOT: (side) => `the middle of the ${side} sole`,
  HEEL: (side) => `the ${side} heel`,
  UNRECORDED: (side) => `the ${side} foot`,
};

function siteWords(site: TemperatureSite, side: string): string {
  return SITE_WORDS[site](side);
}

function celsius(value: number): string {
  return `${value.toFixed(1)} °C`;
}

/** "today", "yesterday", "on Tuesday 3 March". */
function onDay(date: LocalDate, context: WordingContext): string {
  if (context.relative === false) return `on ${formatDay(date, context.locale)}`;
  const days = daysBetween(date, context.today);
  if (days === 0) return "today";
  if (days === 1) return "yesterday";
  return `on ${formatDay(date, context.locale)}`;
}

/** "today", "tomorrow", "on Tuesday 3 March", for a day still to come. */
function dayWords(date: LocalDate, context: WordingContext): string {
  if (context.relative === false) return `on ${formatDay(date, context.locale)}`;
  const days = daysBetween(context.today, date);
  if (days <= 0) return "today";
  if (days === 1) return "tomorrow";
  return `on ${formatDay(date, context.locale)}`;
}

function formatDay(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", weekday: "long", day: "numeric", month: "long" }).format(new Date(`${date}T00:00:00Z`));
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

function kindWords({ kind, customKind }: Pick<Finding, "kind" | "customKind">): string {
  if (kind !== "OTHER") return KIND_WORDS[kind];
  return customKind ? `“${customKind}”` : "something";
}

/** "on the left heel", "between the right toes", "on the ball of the left foot". */
function placeWords({ foot, region }: { foot: Foot; region: FootRegion }): string {
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

function plural(count: number, one: string): string {
  return `${count} ${count === 1 ? one : `${one}s`}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c". */
function joinWithAnd(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
