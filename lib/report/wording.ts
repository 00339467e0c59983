import type { CareKind } from "../generated/prisma/enums";
import type { HealthProfile } from "../health-profile/health-profile";
import { formatLocalDay } from "../i18n/format";
import { translatorFor } from "../i18n/translator";
import type { PainTrend, ReportEntry, ReportSummary } from "./summarise";

// How the report puts its figures into words, the same on the page, on paper, in the PDF and behind
// a share link, in the report's language (the reader's, or one chosen for the doctor). Local
// calendar dates carry no zone: they are shown as stored, in that locale.

export function formatShortDate(localDate: string, locale: string): string {
  return formatLocalDay(localDate, locale, "day-month-year");
}

export function formatRange(from: string, to: string, locale: string): string {
  return `${formatShortDate(from, locale)} – ${formatShortDate(to, locale)}`;
}

export function conditionsText(profile: Pick<HealthProfile, "conditions" | "otherCondition">, locale: string): string {
  const t = translatorFor(locale, "report");
  const words = translatorFor(locale, "vocabulary");
  if (profile.conditions.length === 0) return t("noneRecorded");
  return profile.conditions.map((condition) => (condition === "OTHER" && profile.otherCondition ? profile.otherCondition : words(`conditions.${condition}`))).join(", ");
}

const RISKS = ["0", "1", "2", "3"] as const;

export function riskText(iwgdfRisk: number | null, locale: string): string {
  const t = translatorFor(locale, "report");
  const risk = RISKS.find((category) => category === String(iwgdfRisk));
  return risk ? t("riskText", { category: risk, meaning: t(`risks.${risk}`) }) : t("notGiven");
}

export function clinicianText(profile: Pick<HealthProfile, "clinicianName" | "clinicianContact">, locale: string): string {
  return [profile.clinicianName, profile.clinicianContact].filter(Boolean).join(", ") || translatorFor(locale, "report")("notGiven");
}

/** "rising (+1.5 per 30 days)", for the summary's list. */
export function painTrendText(trend: PainTrend, locale: string): string {
  const t = translatorFor(locale, "report");
  if (!trend) return t("trendNotEnough");
  return t("trend", { direction: trend.direction, change: new Intl.NumberFormat(locale, { signDisplay: "exceptZero" }).format(trend.changePer30Days) });
}

/** The pain chart's caption: what the chart shows, in one sentence. */
export function painSentence(summary: ReportSummary, locale: string): string {
  const t = translatorFor(locale, "report");
  if (summary.painMean === null) return t("noPainScores");
  const trend = summary.painTrend
    ? summary.painTrend.direction === "steady"
      ? t("trendSteady")
      : t("trendBy", { direction: summary.painTrend.direction, change: Math.abs(summary.painTrend.changePer30Days) })
    : t("trendTooFew");
  const on = summary.painMaxDate ? t("painMaxOn", { date: formatShortDate(summary.painMaxDate, locale) }) : "";
  return t("painSentence", { mean: summary.painMean, max: summary.painMax ?? 0, on, trend });
}

/** "massaged my own feet: 3; a professional (podiatrist, therapist): 1" */
export function careByKindText(byKind: Partial<Record<CareKind, number>>, locale: string): string {
  const t = translatorFor(locale, "report");
  return (Object.entries(byKind) as [Exclude<CareKind, "NONE">, number][]).map(([kind, count]) => t("careCount", { kind: t(`careKinds.${kind}`), count })).join("; ");
}

/** One check's observations in the table of checks; "—" when there were none. */
export function observationsText(observations: ReportEntry["observations"], locale: string): string {
  if (observations.length === 0) return "—";
  const t = translatorFor(locale, "report");
  const words = translatorFor(locale, "vocabulary");
  return observations
    .map((observation) => {
      const what = observation.kind === "OTHER" && observation.customKind ? observation.customKind : words(`kinds.${observation.kind}`);
      const described = t("observation", { what, foot: words(`feetInSentence.${observation.foot}`), region: words(`regionsInSentence.${observation.region}`) });
      return observation.pain === null ? described : t("observationPain", { observation: described, pain: observation.pain });
    })
    .join("; ");
}

/** One check's care in the table of checks; "—" when there was none. */
export function careText(entry: Pick<ReportEntry, "careKind" | "careMinutes" | "lotionUsed">, locale: string): string {
  if (entry.careKind === "NONE") return "—";
  const t = translatorFor(locale, "report");
  const words = translatorFor(locale, "vocabulary");
  return `${words(`care.${entry.careKind}`)}${entry.careMinutes ? t("careMinutes", { minutes: entry.careMinutes }) : ""}${entry.lotionUsed ? t("careLotion") : ""}`;
}
