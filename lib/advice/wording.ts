import type { Foot, FootRegion, ObservationKind, TemperatureSite } from "../generated/prisma/enums";
import { formatCelsius, formatLocalDay } from "../i18n/format";
import { translatorFor } from "../i18n/translator";
import { addLocalDays, daysBetween, type LocalDate } from "../time/calendar";
import type { Finding } from "./checks";
import { NEW_COLOUR_CHANGE_DAYS, type Advice } from "./rules";
import type { SpotDifference } from "./temperature";

// The words of the guidance, keyed by advice id, apart from the rules that decide it: the rules
// pass out places, kinds, dates and figures, and every sentence is put together here from the
// `guidance` messages in the reader's language (messages/*.json; the Spanish is checked against
// MedlinePlus en español, docs/decisions/0091, and its terms are in docs/glossary-es.md).

export type AdviceWords = { title: string; text: string; reason: string };

/**
 * What the reader needs to put dates into words: their locale and the day the guidance is for.
 * `relative` says "today" and "yesterday"; the report, read later by someone else, names every day.
 */
export type WordingContext = { locale: string; today: LocalDate; relative?: boolean };

type T = ReturnType<typeof translatorFor<"guidance">>;

export function wordsFor(advice: Advice, context: WordingContext): AdviceWords {
  const t = translatorFor(context.locale, "guidance");
  const dated = (findings: readonly Finding[]) => youNoted(findings, context, t);
  switch (advice.id) {
    case "urgent-foot-problem":
      return {
        title: t("urgentTitle"),
        text: t("urgentText"),
        reason: [
          dated(advice.findings),
          advice.newColourChange ? t("newColourChange", { days: NEW_COLOUR_CHANGE_DAYS }) : "",
          t("profileMentions", { conditions: joinWithAnd(advice.conditions.map((condition) => t(`conditions.${condition}`)), context.locale) }),
        ]
          .filter(Boolean)
          .join(" "),
      };
    case "temperature-difference":
      return {
        title: t("temperatureTitle"),
        text: t("temperatureText"),
        reason: advice.spots
          .map(({ latest, dayBefore }) =>
            t("temperatureTwoDays", {
              latest: capitalise(differenceWords(latest, context, t)),
              dayBefore: onDay(dayBefore.localDate, context, t),
              difference: formatCelsius(dayBefore.differenceC, context.locale),
            }),
          )
          .join(" "),
      };
    case "open-sore":
      return { title: t("openSoreTitle"), text: t("openSoreText"), reason: dated(advice.findings) };
    case "yellowish-toenail":
      return { title: t("yellowishToenailTitle"), text: t("yellowishToenailText"), reason: dated(advice.findings) };
    case "athletes-foot":
      return { title: t("athletesFootTitle"), text: t("athletesFootText"), reason: dated(advice.findings) };
    case "strong-or-chronic-pain": {
      const reasons: string[] = [];
      if (advice.overallPain !== null) reasons.push(t("painOverall", { pain: advice.overallPain }));
      if (advice.strongFindings.length > 0) {
        const findings = advice.strongFindings.map((finding) => t("painFinding", { pain: finding.pain ?? 0, kind: kindWords(finding, t), place: placeWords(finding, t) }));
        reasons.push(t("painFindings", { findings: joinWithAnd(findings, context.locale) }));
      }
      if (advice.painDays !== null) reasons.push(t("painDays", { days: advice.painDays }));
      return { title: t("painTitle"), text: t("painText"), reason: reasons.join(" ") };
    }
    case "no-massage-after-surgery":
      return {
        title: t("surgeryTitle"),
        text: t("surgeryText"),
        reason: [t("surgeryReason", { when: t("surgeryWhen", { days: advice.daysAfterSurgery }) }), advice.careRecorded ? t("careRecorded", { care: t(`care.${advice.careRecorded}`) }) : ""]
          .filter(Boolean)
          .join(" "),
      };
    case "temperature-measure-again": {
      const days = [...new Set(advice.spots.map((spot) => spot.localDate))].sort();
      const nextDay = addLocalDays(days.at(-1)!, 1);
      return {
        title: t("measureAgainTitle", { day: dayWords(nextDay, context, t) }),
        text: t("measureAgainText"),
        reason: `${capitalise(joinWithAnd(advice.spots.map((spot) => differenceWords(spot, context, t)), context.locale))}.`,
      };
    }
    case "redness":
      return { title: t("rednessTitle"), text: t("rednessText"), reason: dated(advice.findings) };
    case "blister":
      return { title: t("blisterTitle"), text: t("blisterText"), reason: dated(advice.findings) };
    case "cut-or-wound":
      return { title: t("cutTitle"), text: t("cutText"), reason: dated(advice.findings) };
    case "dry-skin":
      return { title: t("drySkinTitle"), text: t("drySkinText"), reason: dated(advice.findings) };
    case "massage-routine":
      return {
        title: t("massageTitle"),
        text: t("massageText"),
        reason: advice.careRecorded ? t("massageWithCare", { care: t(`care.${advice.careRecorded}`) }) : t("massageNothingAgainst"),
      };
  }
}

/** The words for a red flag in the doctor's report: what was flagged and why, on one line. */
export function redFlagLine(advice: Advice, context: WordingContext): string {
  const words = wordsFor(advice, context);
  return translatorFor(context.locale, "guidance")("redFlagLine", { title: words.title, reason: words.reason });
}

/** "a blister on the left heel": what a "healed" button is about. */
export function findingWords(finding: Pick<Finding, "kind" | "customKind" | "foot" | "region">, locale: string): string {
  const t = translatorFor(locale, "guidance");
  return t("finding", { kind: kindWords(finding, t), place: placeWords(finding, t) });
}

/** "You noted a blister on the left heel and redness on the right toes today, and dry skin on the left heel on Monday 7 April." */
function youNoted(findings: readonly Finding[], context: WordingContext, t: T): string {
  const byDay = new Map<string, Map<string, Set<string>>>();
  for (const finding of [...findings].sort((a, b) => b.lastNotedOn.localeCompare(a.lastNotedOn))) {
    const when = onDay(finding.lastNotedOn, context, t);
    const kinds = byDay.get(when) ?? new Map<string, Set<string>>();
    const places = kinds.get(kindWords(finding, t)) ?? new Set<string>();
    places.add(placeWords(finding, t));
    kinds.set(kindWords(finding, t), places);
    byDay.set(when, kinds);
  }
  const days = [...byDay].map(([when, kinds]) =>
    t("notedOnDay", { kinds: joinWithAnd([...kinds].map(([kind, places]) => t("kindAtPlaces", { kind, places: joinWithAnd([...places], context.locale) })), context.locale), when }),
  );
  return t("youNoted", { days: days.reduceRight((rest, first) => t("dayJoin", { first, rest })) });
}

/** "the left big toe was 2.4 °C warmer than the right today" */
function differenceWords(spot: SpotDifference, context: WordingContext, t: T): string {
  return t("difference", {
    site: t(`sites.${spot.site satisfies TemperatureSite}`, { foot: spot.warmer }),
    difference: formatCelsius(spot.differenceC, context.locale),
    foot: spot.warmer,
    when: onDay(spot.localDate, context, t),
  });
}

/** "today", "yesterday", "on Tuesday 3 March". */
function onDay(date: LocalDate, context: WordingContext, t: T): string {
  if (context.relative !== false) {
    const days = daysBetween(date, context.today);
    if (days === 0) return t("today");
    if (days === 1) return t("yesterday");
  }
  return t("onDay", { date: formatLocalDay(date, context.locale, "day-month") });
}

/** "today", "tomorrow", "on Tuesday 3 March", for a day still to come. */
function dayWords(date: LocalDate, context: WordingContext, t: T): string {
  if (context.relative !== false) {
    const days = daysBetween(context.today, date);
    if (days <= 0) return t("today");
    if (days === 1) return t("tomorrow");
  }
  return t("onDay", { date: formatLocalDay(date, context.locale, "day-month") });
}

// Words that fit after "You noted": the vocabulary's labels are headings ("Yellowish toenail"), not sentence parts.
function kindWords({ kind, customKind }: { kind: ObservationKind; customKind?: string | null }, t: T): string {
  if (kind !== "OTHER") return t(`kinds.${kind}`);
  return customKind ? t("customKind", { kind: customKind }) : t("something");
}

/** "on the left heel", "between the right toes", "on the ball of the left foot". */
function placeWords({ foot, region }: { foot: Foot; region: FootRegion }, t: T): string {
  return t(`places.${region}`, { foot });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "a", "a and b", "a, b and c" — in the reader's language ("a, b y c"). */
function joinWithAnd(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}
