import type { CareKind, Foot, FootRegion, ObservationKind, TemperatureSite } from "../generated/prisma/enums";
import { translatorFor } from "../i18n/translator";
import { daysBetween } from "../time/calendar";

// The figures a clinician reads first, computed from the entries of the report's range. Pure
// functions over plain data, so they are tested without a database. Red flags are not decided
// here: lib/advice decides them for the report as for every other surface.

export type ReportObservation = { foot: Foot; region: FootRegion; kind: ObservationKind; customKind: string; pain: number | null };
export type ReportEntry = {
  id: string;
  localDate: string;
  recordedAt: Date;
  pain: number;
  fatigue: number | null;
  careKind: CareKind;
  careMinutes: number | null;
  lotionUsed: boolean;
  notes: string;
  observations: ReportObservation[];
  temperatures: { foot: Foot; site: TemperatureSite; celsius: number }[];
  /** Who recorded it when it was not the person: a carer's name, or "a former carer". */
  recordedBy?: string | null;
};

export type PainTrend = { direction: "rising" | "falling" | "steady"; changePer30Days: number } | null;
export type ReportSummary = {
  daysInRange: number;
  daysWithCheck: number;
  checks: number;
  painMean: number | null;
  painMax: number | null;
  painMaxDate: string | null;
  painTrend: PainTrend;
  topObservations: { label: string; count: number }[];
  care: { sessions: number; minutes: number; byKind: Partial<Record<CareKind, number>> };
};

/** A change smaller than this over 30 days reads as steady on a 0–10 scale. */
const STEADY_BELOW = 0.5;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Each day's mean pain (days with a check only), oldest first: the pain chart's points. */
export function dailyPain(entries: readonly ReportEntry[]): { localDate: string; mean: number; max: number }[] {
  const byDay = new Map<string, number[]>();
  for (const entry of entries) byDay.set(entry.localDate, [...(byDay.get(entry.localDate) ?? []), entry.pain]);
  return [...byDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([localDate, pains]) => ({ localDate, mean: round1(pains.reduce((sum, p) => sum + p, 0) / pains.length), max: Math.max(...pains) }));
}

/** Least-squares slope of daily mean pain against the day, per 30 days; null with fewer than 3 days. */
export function painTrend(days: readonly { localDate: string; mean: number }[]): PainTrend {
  if (days.length < 3) return null;
  const first = days[0]!.localDate;
  const xs = days.map((day) => daysBetween(first, day.localDate));
  const ys = days.map((day) => day.mean);
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length;
  const meanY = ys.reduce((s, y) => s + y, 0) / ys.length;
  let numerator = 0;
  let denominator = 0;
  xs.forEach((x, i) => {
    numerator += (x - meanX) * (ys[i]! - meanY);
    denominator += (x - meanX) ** 2;
  });
  const changePer30Days = denominator === 0 ? 0 : round1((numerator / denominator) * 30);
  const direction = Math.abs(changePer30Days) < STEADY_BELOW ? "steady" : changePer30Days > 0 ? "rising" : "falling";
  return { direction, changePer30Days: changePer30Days === 0 ? 0 : changePer30Days };
}

/** "Redness, left foot — heel", in the report's language (`locale`). */
function observationLabel(observation: ReportObservation, locale: string): string {
  const words = translatorFor(locale, "vocabulary");
  const what = observation.kind === "OTHER" && observation.customKind ? observation.customKind : words(`kinds.${observation.kind}`);
  return translatorFor(locale, "report")("observation", { what, foot: words(`feetInSentence.${observation.foot}`), region: words(`regionsInSentence.${observation.region}`) });
}

export function summarise(entries: readonly ReportEntry[], range: { from: string; to: string }, locale: string): ReportSummary {
  const days = dailyPain(entries);
  const pains = entries.map((entry) => entry.pain);
  const painMax = pains.length ? Math.max(...pains) : null;
  const observationCounts = new Map<string, number>();
  for (const entry of entries) {
    // Counted once per check: the same thing noted twice in one check is one sighting.
    for (const label of new Set(entry.observations.map((observation) => observationLabel(observation, locale)))) observationCounts.set(label, (observationCounts.get(label) ?? 0) + 1);
  }
  const careEntries = entries.filter((entry) => entry.careKind !== "NONE");
  const byKind: Partial<Record<CareKind, number>> = {};
  for (const entry of careEntries) byKind[entry.careKind] = (byKind[entry.careKind] ?? 0) + 1;
  return {
    daysInRange: daysBetween(range.from, range.to) + 1,
    daysWithCheck: days.length,
    checks: entries.length,
    painMean: pains.length ? round1(pains.reduce((s, p) => s + p, 0) / pains.length) : null,
    painMax,
    painMaxDate: painMax === null ? null : (entries.find((entry) => entry.pain === painMax)?.localDate ?? null),
    painTrend: painTrend(days),
    topObservations: [...observationCounts.entries()]
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
      .slice(0, 5)
      .map(([label, count]) => ({ label, count })),
    care: { sessions: careEntries.length, minutes: careEntries.reduce((s, e) => s + (e.careMinutes ?? 0), 0), byKind },
  };
}

/** How many checks noted something at each spot: the foot map's shading. */
export function observationsBySpot(entries: readonly ReportEntry[]): { foot: Foot; region: FootRegion; count: number }[] {
  const counts = new Map<string, { foot: Foot; region: FootRegion; count: number }>();
  for (const entry of entries) {
    const spots = new Set(entry.observations.map((o) => `${o.foot}:${o.region}`));
    for (const spot of spots) {
      const [foot, region] = spot.split(":") as [Foot, FootRegion];
      const current = counts.get(spot) ?? { foot, region, count: 0 };
      current.count++;
      counts.set(spot, current);
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}
