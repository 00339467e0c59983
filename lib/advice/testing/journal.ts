import type { CareKind, Condition, Foot, FootRegion, ObservationKind, TemperatureSite } from "../../generated/prisma/enums";
import { addLocalDays, type LocalDate } from "../../time/calendar";
import type { AdviceInput, AdviceProfile, AsOf, Check, CheckObservation, CheckTemperature } from "../checks";

// Hand-written journals for the guidance tests: checks a number of days before a fixed "today", with
// observations and readings, in as few words as a test can say them.

// In European zones the switch to summer time (30 March) falls inside the look-back windows: the rules count calendar days, not hours.
export const TODAY = "2025-04-10";

export function daysAgo(days: number): LocalDate {
  return addLocalDays(TODAY, -days);
}

let counter = 0;
const nextId = (prefix: string) => `${prefix}${++counter}`;

export function noted(foot: Foot, region: FootRegion, kind: ObservationKind, more: Partial<CheckObservation> = {}): CheckObservation {
  return { id: nextId("o"), foot, region, kind, customKind: "", pain: null, healedAt: null, ...more };
}

/** Readings of one spot on both feet. */
export function measured(site: TemperatureSite, left: number, right: number): CheckTemperature[] {
  return [
    { foot: "LEFT", site, celsius: left },
    { foot: "RIGHT", site, celsius: right },
  ];
}

/** A check `days` before TODAY, at 09:00 UTC (plus `minutes`, for several in a day). */
export function check(days: number, more: Partial<Omit<Check, "localDate" | "recordedAt">> & { minutes?: number } = {}): Check {
  const { minutes = 0, ...rest } = more;
  const localDate = daysAgo(days);
  return {
    id: nextId("c"),
    localDate,
    recordedAt: new Date(Date.parse(`${localDate}T09:00:00Z`) + minutes * 60_000),
    pain: 0,
    careKind: "NONE" as CareKind,
    observations: [],
    temperatures: [],
    ...rest,
  };
}

export function profile(more: Partial<AdviceProfile> & { conditions?: Condition[] } = {}): AdviceProfile {
  return { conditions: [], surgeryDate: null, massageCleared: false, ...more };
}

/** The input for guidance about `focus` (the entry page), or about now when `focus` is null (Today). */
export function inputFor(checks: Check[], focus: Check | null, more: { profile?: AdviceProfile; asOf?: Partial<AsOf> } = {}): AdviceInput {
  const asOf: AsOf = focus
    ? { localDate: focus.localDate, instant: focus.recordedAt, focusCheckId: focus.id, healedMarks: "all" }
    : { localDate: TODAY, instant: new Date(`${TODAY}T23:00:00Z`), focusCheckId: null, healedMarks: "all" };
  return { profile: more.profile ?? profile(), checks, asOf: { ...asOf, ...more.asOf } };
}
