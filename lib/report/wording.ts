import type { CareKind } from "../generated/prisma/enums";
import { CARE_KIND_LABELS, CONDITION_LABELS, IWGDF_RISK } from "../foot-health/vocabulary";
import type { HealthProfile } from "../health-profile/health-profile";
import { describeObservation } from "../journal/describe";
import type { PainTrend, ReportEntry, ReportSummary } from "./summarise";

// How the report puts its figures into words, the same on the page, on paper, in the PDF and behind
// a share link. Local calendar dates carry no zone: they are shown as stored, in the person's locale.

export function formatShortDate(localDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(new Date(`${localDate}T00:00:00Z`));
}

export function formatRange(from: string, to: string, locale: string): string {
  return `${formatShortDate(from, locale)} – ${formatShortDate(to, locale)}`;
}

export function conditionsText(profile: Pick<HealthProfile, "conditions" | "otherCondition">): string {
  if (profile.conditions.length === 0) return "None recorded";
  return profile.conditions.map((condition) => (condition === "OTHER" && profile.otherCondition ? profile.otherCondition : CONDITION_LABELS[condition])).join(", ");
}

export function riskText(iwgdfRisk: number | null): string {
  const risk = iwgdfRisk === null ? undefined : IWGDF_RISK[iwgdfRisk];
  return risk ? `${risk.category} — ${risk.meaning}` : "Not given";
}

export function clinicianText(profile: Pick<HealthProfile, "clinicianName" | "clinicianContact">): string {
  return [profile.clinicianName, profile.clinicianContact].filter(Boolean).join(", ") || "Not given";
}

/** "rising (+1.5 per 30 days)", for the summary's list. */
export function painTrendText(trend: PainTrend): string {
  if (!trend) return "not enough days";
  return `${trend.direction} (${trend.changePer30Days > 0 ? "+" : ""}${trend.changePer30Days} per 30 days)`;
}

/** The pain chart's caption: what the chart shows, in one sentence. */
export function painSentence(summary: ReportSummary, locale: string): string {
  if (summary.painMean === null) return "No pain scores in this period.";
  const trend = summary.painTrend
    ? summary.painTrend.direction === "steady"
      ? "steady over the period"
      : `${summary.painTrend.direction} by about ${Math.abs(summary.painTrend.changePer30Days)} points per 30 days`
    : "too few days to tell a trend";
  const maxDate = summary.painMaxDate ? ` on ${formatShortDate(summary.painMaxDate, locale)}` : "";
  return `Pain averaged ${summary.painMean} of 10, highest ${summary.painMax}${maxDate}; ${trend}.`;
}

/** "massaged my own feet: 3; a professional (podiatrist, therapist): 1" */
export function careByKindText(byKind: Partial<Record<CareKind, number>>): string {
  return (Object.entries(byKind) as [CareKind, number][])
    .map(([kind, count]) => `${CARE_KIND_LABELS[kind].replace(/^I /, "").toLowerCase()}: ${count}`)
    .join("; ");
}

/** One check's observations in the table of checks; "—" when there were none. */
export function observationsText(observations: ReportEntry["observations"]): string {
  if (observations.length === 0) return "—";
  return observations.map((observation) => `${describeObservation(observation)}${observation.pain === null ? "" : ` (pain ${observation.pain})`}`).join("; ");
}

/** One check's care in the table of checks; "—" when there was none. */
export function careText(entry: Pick<ReportEntry, "careKind" | "careMinutes" | "lotionUsed">): string {
  if (entry.careKind === "NONE") return "—";
  return `${CARE_KIND_LABELS[entry.careKind]}${entry.careMinutes ? `, ${entry.careMinutes} min` : ""}${entry.lotionUsed ? ", lotion" : ""}`;
}
