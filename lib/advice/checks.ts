import type { CareKind, Condition, Foot, FootRegion, ObservationKind, TemperatureSite } from "../generated/prisma/enums";
import { daysBetween, type LocalDate } from "../time/calendar";

// What the guidance rules read: the person's profile and their recent checks, as plain data. The
// loaders in load.ts fill these from the database; tests write them by hand.

/** How many local days the rules look back over, counting the day they are for. */
export const HISTORY_DAYS = 30;

/**
 * A noted observation keeps guidance going for this many local days (the day it was noted and
 * the 13 after), or until it is marked healed. Noting it again starts the days again.
 */
export const ACTIVE_DAYS = 14;

export type AdviceProfile = {
  conditions: readonly Condition[];
  /** The day of a recent foot surgery, or null. */
  surgeryDate: LocalDate | null;
  /** The doctor has said massage is fine again after the surgery. */
  massageCleared: boolean;
};

export type CheckObservation = {
  id: string;
  foot: Foot;
  region: FootRegion;
  kind: ObservationKind;
  /** The person's own words when kind is OTHER. */
  customKind: string;
  /** 0–10, or null when not rated. */
  pain: number | null;
  /** When it was marked healed, or null. */
  healedAt: Date | null;
};

export type CheckTemperature = { foot: Foot; site: TemperatureSite; celsius: number };

/** One of the person's checks (an entry). */
export type Check = {
  id: string;
  localDate: LocalDate;
  recordedAt: Date;
  /** Overall pain, 0–10. */
  pain: number;
  careKind: CareKind;
  observations: readonly CheckObservation[];
  temperatures: readonly CheckTemperature[];
};

/**
 * The moment guidance is worked out for: a check's own (the entry page, each day of the report) or
 * now (Today, emails). Checks made after it do not count.
 */
export type AsOf = {
  localDate: LocalDate;
  instant: Date;
  /** The check the guidance is about, whose own pain and care count; null when there is none. */
  focusCheckId: string | null;
  /**
   * "all": every healed mark counts, whenever it was made (what the person sees now).
   * "made-by-then": only marks made by `instant` (the report's history of what was flagged when).
   */
  healedMarks: "all" | "made-by-then";
};

export type AdviceInput = {
  profile: AdviceProfile;
  /** The person's checks; those outside the HISTORY_DAYS local days ending on asOf's day are ignored. */
  checks: readonly Check[];
  asOf: AsOf;
};

/** The checks that count for `asOf`: within the look-back window, and made by then. */
export function checksUpTo(checks: readonly Check[], asOf: AsOf): Check[] {
  return checks
    .filter((check) => {
      const daysBefore = daysBetween(check.localDate, asOf.localDate);
      if (daysBefore < 0 || daysBefore >= HISTORY_DAYS) return false;
      return check.id === asOf.focusCheckId || check.recordedAt.getTime() <= asOf.instant.getTime();
    })
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime() || a.id.localeCompare(b.id));
}

/** A place on the feet; a null region is the whole foot. */
export type Place = { foot: Foot; region: FootRegion | null };

/** Whether `place` lies within `flagged` (the same spot, or anywhere on a whole flagged foot). */
export function placeWithin(place: Place, flagged: Place): boolean {
  return place.foot === flagged.foot && (flagged.region === null || flagged.region === place.region);
}

/**
 * Something noted at one place, still active: every active observation of the same kind at the same
 * foot and region (and the same own words, for "something else"), however many checks noted it.
 */
export type Finding = {
  foot: Foot;
  region: FootRegion;
  kind: ObservationKind;
  customKind: string;
  observationIds: string[];
  firstNotedOn: LocalDate;
  lastNotedOn: LocalDate;
  /** The pain given at this place the last time it was noted, or null. */
  pain: number | null;
  /** Noted in the focus check itself. */
  inFocus: boolean;
};

/** The active findings as of `asOf`, from the checks that count, in the order they were first noted. */
export function activeFindings(checks: readonly Check[], asOf: AsOf): Finding[] {
  const findings = new Map<string, Finding>();
  for (const check of checks) {
    if (daysBetween(check.localDate, asOf.localDate) >= ACTIVE_DAYS) continue;
    for (const observation of check.observations) {
      if (isHealed(observation, asOf)) continue;
      const key = [observation.foot, observation.region, observation.kind, observation.customKind.trim().toLowerCase()].join(":");
      const found = findings.get(key);
      const inFocus = check.id === asOf.focusCheckId;
      if (found) {
        found.observationIds.push(observation.id);
        found.lastNotedOn = check.localDate;
        found.pain = observation.pain ?? found.pain;
        found.inFocus ||= inFocus;
      } else {
        findings.set(key, {
          foot: observation.foot,
          region: observation.region,
          kind: observation.kind,
          customKind: observation.customKind.trim(),
          observationIds: [observation.id],
          firstNotedOn: check.localDate,
          lastNotedOn: check.localDate,
          pain: observation.pain,
          inFocus,
        });
      }
    }
  }
  return [...findings.values()];
}

function isHealed(observation: CheckObservation, asOf: AsOf): boolean {
  if (observation.healedAt === null) return false;
  return asOf.healedMarks === "all" || observation.healedAt.getTime() <= asOf.instant.getTime();
}
