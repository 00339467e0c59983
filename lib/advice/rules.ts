import type { CareKind, ObservationKind } from "../generated/prisma/enums";
import { TEMPERATURE_SITE_REGION } from "../foot-health/vocabulary";
import { daysBetween, type LocalDate } from "../time/calendar";
import {
  activeFindings,
  checksUpTo,
  placeWithin,
  type AdviceInput,
  type Check,
  type Finding,
  type Place,
} from "./checks";
import { temperatureFindings, type SpotDifference } from "./temperature";

// The one place that decides the foot-care guidance and the red flags (DESIGN.md, "Advice, never
// diagnosis"; docs/decisions/0012 and 0049). Pure: it takes the profile and the recent checks and
// returns what applies, with the places, kinds, dates and figures it is about. The words are in
// wording.ts, keyed by id; every surface (entry page, Today, report, share link, emails) renders
// what this returns and decides nothing itself.

export type AdviceLevel = "urgent" | "see-professional" | "care";

type About<Id extends string, Level extends AdviceLevel> = {
  /** Stable: one rule, one id. */
  id: Id;
  level: Level;
  /** Where on the feet it applies; a null region is the whole foot. Empty for the person as a whole. */
  places: Place[];
  /** A red flag: self-care for its places waits until the person has been seen. */
  untilSeen: boolean;
};

export type WatchfulCondition = "DIABETES" | "CIRCULATION";

/** Guidance about things noted at places on the feet, and nothing more. */
export type FindingsAdviceId = "open-sore" | "yellowish-toenail" | "athletes-foot" | "redness" | "blister" | "cut-or-wound" | "dry-skin";
const FINDINGS_ADVICE_LEVEL: Record<FindingsAdviceId, AdviceLevel> = {
  "open-sore": "see-professional",
  "yellowish-toenail": "see-professional",
  "athletes-foot": "see-professional",
  redness: "care",
  blister: "care",
  "cut-or-wound": "care",
  "dry-skin": "care",
};

export type Advice =
  | (About<"urgent-foot-problem", "urgent"> & { findings: Finding[]; conditions: WatchfulCondition[]; newColourChange: boolean })
  | (About<"temperature-difference", "urgent"> & { spots: { latest: SpotDifference; dayBefore: SpotDifference }[] })
  | (About<FindingsAdviceId, AdviceLevel> & { findings: Finding[] })
  | (About<"strong-or-chronic-pain", "see-professional"> & { overallPain: number | null; strongFindings: Finding[]; painDays: number | null })
  | (About<"no-massage-after-surgery", "see-professional"> & { daysAfterSurgery: number; careRecorded: Exclude<CareKind, "NONE"> | null })
  | (About<"temperature-measure-again", "care"> & { spots: SpotDifference[] })
  | (About<"massage-routine", "care"> & { careRecorded: Exclude<CareKind, "NONE"> | null });

export type AdviceId = Advice["id"];

export const STRONG_PAIN = 7;
export const CHRONIC_PAIN_DAYS = 14;
/** 12 weeks. */
export const POST_SURGERY_NO_MASSAGE_DAYS = 84;
/** A colour change counts as new when none was noted in this many days before it was first noted. */
export const NEW_COLOUR_CHANGE_DAYS = 7;

const WATCHFUL: readonly WatchfulCondition[] = ["DIABETES", "CIRCULATION"];
/** With diabetes or circulation concerns, these call for the clinic (IWGDF; docs/decisions/0049). */
const URGENT_WHEN_WATCHFUL: readonly ObservationKind[] = ["CUT_OR_WOUND", "OPEN_SORE", "BLISTER", "WARMTH"];
/** While any of these is active, no massage is suggested. */
const NO_MASSAGE_WHILE: readonly ObservationKind[] = ["BLISTER", "CUT_OR_WOUND", "OPEN_SORE", "REDNESS"];

const LEVEL_ORDER: readonly AdviceLevel[] = ["urgent", "see-professional", "care"];

/** Everything that applies as of `input.asOf`, red flags first, then what to show a professional, then care. */
export function adviceFor(input: AdviceInput): Advice[] {
  const checks = checksUpTo(input.checks, input.asOf);
  const context: Context = {
    ...input,
    checks,
    findings: activeFindings(checks, input.asOf),
    focus: checks.find((check) => check.id === input.asOf.focusCheckId) ?? null,
    watchful: WATCHFUL.filter((condition) => input.profile.conditions.includes(condition)),
  };

  const redFlags = [urgentFootProblem(context), temperatureDifference(context)].filter((advice) => advice !== null);
  const flaggedPlaces = redFlags.flatMap((advice) => advice.places);
  // Self-care for a place under a red flag waits until the person is seen: it is left out here,
  // and the red flag says so (wording.ts).
  const selfCare = (finding: Finding) => !flaggedPlaces.some((flagged) => placeWithin(finding, flagged));

  const advice: Advice[] = [
    ...redFlags,
    withFindings("open-sore", context.watchful.length ? [] : ofKind(context, "OPEN_SORE")),
    withFindings("yellowish-toenail", ofKind(context, "YELLOWISH_TOENAIL")),
    withFindings("athletes-foot", athletesFoot(context)),
    strongOrChronicPain(context),
    noMassageAfterSurgery(context),
    temperatureMeasureAgain(context),
    withFindings("redness", ofKind(context, "REDNESS").filter(selfCare)),
    withFindings("blister", context.watchful.length ? [] : ofKind(context, "BLISTER").filter(selfCare)),
    withFindings("cut-or-wound", context.watchful.length ? [] : ofKind(context, "CUT_OR_WOUND").filter(selfCare)),
    withFindings("dry-skin", ofKind(context, "DRY_SKIN").filter(selfCare)),
    massageRoutine(context, redFlags.length > 0),
  ].filter((item) => item !== null);
  // Array.prototype.sort is stable, so within a level the rules keep the order above.
  return advice.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
}

/** The things noted that an item is about, which the person can mark healed. */
export function findingsOf(advice: Advice): readonly Finding[] {
  if ("findings" in advice) return advice.findings;
  return advice.id === "strong-or-chronic-pain" ? advice.strongFindings : [];
}

/** A red flag is anything urgent: the person should contact their doctor or foot clinic promptly. */
export function hasRedFlag(advice: readonly Advice[]): boolean {
  return advice.some((item) => item.level === "urgent");
}

type Context = AdviceInput & {
  checks: Check[];
  findings: Finding[];
  focus: Check | null;
  watchful: WatchfulCondition[];
};

function ofKind(context: Context, kind: ObservationKind): Finding[] {
  return context.findings.filter((finding) => finding.kind === kind);
}

function placesOf(findings: readonly Finding[]): Place[] {
  const seen = new Map<string, Place>();
  for (const { foot, region } of findings) seen.set(`${foot}:${region}`, { foot, region });
  return [...seen.values()];
}

function withFindings(id: FindingsAdviceId, findings: Finding[]): Advice | null {
  if (findings.length === 0) return null;
  return { id, level: FINDINGS_ADVICE_LEVEL[id], places: placesOf(findings), untilSeen: false, findings };
}

function urgentFootProblem(context: Context): Advice | null {
  if (context.watchful.length === 0) return null;
  const isNewColourChange = (finding: Finding) =>
    !context.checks.some((check) => {
      const daysBefore = daysBetween(check.localDate, finding.firstNotedOn);
      return daysBefore >= 1 && daysBefore <= NEW_COLOUR_CHANGE_DAYS && check.observations.some((observation) => observation.kind === "COLOUR_CHANGE");
    });
  const concerning = context.findings.filter(
    (finding) => URGENT_WHEN_WATCHFUL.includes(finding.kind) || (finding.kind === "COLOUR_CHANGE" && isNewColourChange(finding)),
  );
  if (concerning.length === 0) return null;
  return {
    id: "urgent-foot-problem",
    level: "urgent",
    places: placesOf(concerning),
    untilSeen: true,
    findings: concerning,
    conditions: context.watchful,
    newColourChange: concerning.some((finding) => finding.kind === "COLOUR_CHANGE"),
  };
}

function temperatureDifference(context: Context): Advice | null {
  const confirmed = temperatureFindings(context.checks, context.asOf).flatMap((finding) => (finding.kind === "confirmed" ? [finding] : []));
  if (confirmed.length === 0) return null;
  return {
    id: "temperature-difference",
    level: "urgent",
    places: confirmed.map(({ site, latest }) => ({ foot: latest.warmer, region: TEMPERATURE_SITE_REGION[site] })),
    untilSeen: true,
    spots: confirmed.map(({ latest, dayBefore }) => ({ latest, dayBefore })),
  };
}

function temperatureMeasureAgain(context: Context): Advice | null {
  const single = temperatureFindings(context.checks, context.asOf).flatMap((finding) => (finding.kind === "single-day" ? [finding.latest] : []));
  if (single.length === 0) return null;
  return {
    id: "temperature-measure-again",
    level: "care",
    places: single.map(({ site, warmer }) => ({ foot: warmer, region: TEMPERATURE_SITE_REGION[site] })),
    untilSeen: false,
    spots: single,
  };
}

function athletesFoot(context: Context): Finding[] {
  // Both on the same foot: the combination, not either alone, is what the guidance is about.
  return (["LEFT", "RIGHT"] as const).flatMap((foot) => {
    const onFoot = context.findings.filter((finding) => finding.foot === foot);
    const skin = onFoot.filter((finding) => finding.kind === "DRY_SKIN" || finding.kind === "FLAKY_SKIN");
    const burning = onFoot.filter((finding) => finding.kind === "BURNING");
    return skin.length > 0 && burning.length > 0 ? [...skin, ...burning] : [];
  });
}

function strongOrChronicPain(context: Context): Advice | null {
  const { focus, checks } = context;
  const overallPain = focus && focus.pain >= STRONG_PAIN ? focus.pain : null;
  // Pain at a place is a moment's score: only the focus check's own count.
  const strongFindings = context.findings.filter((finding) => finding.inFocus && finding.pain !== null && finding.pain >= STRONG_PAIN);
  // checksUpTo keeps the HISTORY_DAYS local days up to asOf.
  const painDays = new Set(checks.filter((check) => check.pain >= 1).map((check) => check.localDate)).size;
  const chronic = painDays >= CHRONIC_PAIN_DAYS ? painDays : null;
  if (overallPain === null && strongFindings.length === 0 && chronic === null) return null;
  return { id: "strong-or-chronic-pain", level: "see-professional", places: placesOf(strongFindings), untilSeen: false, overallPain, strongFindings, painDays: chronic };
}

/** Days since the surgery while its no-massage weeks last and massage is not cleared, else null. */
function daysInNoMassageWindow(context: Context): number | null {
  const { surgeryDate, massageCleared } = context.profile;
  if (massageCleared || surgeryDate === null) return null;
  const daysAfter = daysBetween(surgeryDate, context.asOf.localDate);
  return daysAfter >= 0 && daysAfter <= POST_SURGERY_NO_MASSAGE_DAYS ? daysAfter : null;
}

function careRecorded(context: Context): Exclude<CareKind, "NONE"> | null {
  const care = context.focus?.careKind ?? "NONE";
  return care === "NONE" ? null : care;
}

function noMassageAfterSurgery(context: Context): Advice | null {
  const daysAfterSurgery = daysInNoMassageWindow(context);
  if (daysAfterSurgery === null) return null;
  return { id: "no-massage-after-surgery", level: "see-professional", places: [], untilSeen: false, daysAfterSurgery, careRecorded: careRecorded(context) };
}

/**
 * A tip about the focus check's own care; never while a red flag is active, in the weeks after an
 * uncleared surgery, or while a blister, wound, sore or redness is active anywhere on the feet.
 */
function massageRoutine(context: Context, redFlag: boolean): Advice | null {
  if (!context.focus || redFlag || daysInNoMassageWindow(context) !== null) return null;
  if (context.findings.some((finding) => NO_MASSAGE_WHILE.includes(finding.kind))) return null;
  return { id: "massage-routine", level: "care", places: [], untilSeen: false, careRecorded: careRecorded(context) };
}

/** The latest check of a local day among `checks`, or null. */
export function lastCheckOf(checks: readonly Check[], localDate: LocalDate): Check | null {
  return checks.filter((check) => check.localDate === localDate).sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime())[0] ?? null;
}
