import { addLocalDays, daysBetween, dayOfMonth, daysInMonthOf, weekdayOf } from "../time/calendar";
import { instantOfLocal, localDateOf } from "../time/local-day";

// The occurrence calculator: pure, so the form's preview in the browser and the dispatcher on the
// server agree. A rule says "at HH:mm on these local days in this zone"; this turns it into UTC
// instants with lib/time's one policy for clock changes. See docs/decisions/0016 and 0048.

export type Frequency = "DAILY" | "WEEKDAYS" | "EVERY_N_DAYS" | "MONTHLY" | "ONCE";

export type ScheduleRule = {
  frequency: Frequency;
  /** 0 = Sunday … 6 = Saturday. */
  weekdays: number[];
  intervalDays: number | null;
  dayOfMonth: number | null;
  /** "HH:mm" on the local wall clock. */
  localTime: string;
  timeZone: string;
  /** "yyyy-MM-dd", local. */
  startDate: string;
  endDate: string | null;
  onceAt: Date | null;
};

export type Occurrence = { at: Date; localDate: string };

/** Far enough for any rule (every N days allows N ≤ 366) without looping forever on a rule that never matches. */
const SEARCH_DAYS = 800;

/**
 * The first occurrence strictly after `after`, on a local date later than `afterLocalDate` (the
 * last local day already handled, so a zone change never fires one local day twice), or null when
 * the rule has ended.
 */
export function nextOccurrence(rule: ScheduleRule, after: Date, afterLocalDate: string | null = null): Occurrence | null {
  if (rule.frequency === "ONCE") {
    if (!rule.onceAt || rule.onceAt.getTime() <= after.getTime()) return null;
    return { at: rule.onceAt, localDate: localDateOf(rule.onceAt, rule.timeZone) };
  }
  // Start a day early: `after` may be late on a local day whose occurrence is still to come.
  let day = latest(addLocalDays(localDateOf(after, rule.timeZone), -1), rule.startDate);
  if (afterLocalDate) day = latest(day, addLocalDays(afterLocalDate, 1));
  for (let searched = 0; searched < SEARCH_DAYS && (rule.endDate === null || day <= rule.endDate); searched++, day = addLocalDays(day, 1)) {
    if (!matchesDay(rule, day)) continue;
    const at = instantOfLocal(day, rule.localTime, rule.timeZone);
    if (at.getTime() > after.getTime()) return { at, localDate: day };
  }
  return null;
}

/** The next `count` occurrences after `after`: the form's preview. */
export function upcomingOccurrences(rule: ScheduleRule, after: Date, count: number): Occurrence[] {
  const result: Occurrence[] = [];
  let cursor = after;
  let lastLocalDate: string | null = null;
  while (result.length < count) {
    const next = nextOccurrence(rule, cursor, lastLocalDate);
    if (!next) break;
    result.push(next);
    cursor = next.at;
    lastLocalDate = next.localDate;
  }
  return result;
}

function matchesDay(rule: ScheduleRule, day: string): boolean {
  switch (rule.frequency) {
    case "DAILY":
      return true;
    case "WEEKDAYS":
      return rule.weekdays.includes(weekdayOf(day));
    case "EVERY_N_DAYS":
      return daysBetween(rule.startDate, day) % Math.max(1, rule.intervalDays ?? 1) === 0;
    case "MONTHLY":
      return dayOfMonth(day) === Math.min(rule.dayOfMonth ?? 1, daysInMonthOf(day));
    case "ONCE":
      return false;
  }
}

/** The later of two local dates ("YYYY-MM-DD" sorts as text). */
function latest(a: string, b: string): string {
  return a > b ? a : b;
}

