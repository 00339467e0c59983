import { tzOffset } from "@date-fns/tz";

// The occurrence calculator: pure, so the form's preview in the browser and the dispatcher on the
// server agree. A rule says "at HH:mm on these local days in this zone"; this turns it into UTC
// instants. See docs/decisions/0016.

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

const MINUTE = 60_000;
const DAY = 86_400_000;
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
    return { at: rule.onceAt, localDate: localDateIn(rule.onceAt, rule.timeZone) };
  }
  // Start a day early: `after` may be late on a local day whose occurrence is still to come.
  let day = Math.max(dayNumber(localDateIn(after, rule.timeZone)) - 1, dayNumber(rule.startDate));
  if (afterLocalDate) day = Math.max(day, dayNumber(afterLocalDate) + 1);
  const last = rule.endDate ? dayNumber(rule.endDate) : Number.POSITIVE_INFINITY;
  for (let searched = 0; searched < SEARCH_DAYS && day <= last; searched++, day++) {
    if (!matchesDay(rule, day)) continue;
    const localDate = dateOfDayNumber(day);
    const at = instantOfWallTime(localDate, rule.localTime, rule.timeZone);
    if (at.getTime() > after.getTime()) return { at, localDate };
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

function matchesDay(rule: ScheduleRule, day: number): boolean {
  switch (rule.frequency) {
    case "DAILY":
      return true;
    case "WEEKDAYS":
      // Day 0 (1970-01-01) was a Thursday.
      return rule.weekdays.includes((((day + 4) % 7) + 7) % 7);
    case "EVERY_N_DAYS":
      return (day - dayNumber(rule.startDate)) % Math.max(1, rule.intervalDays ?? 1) === 0;
    case "MONTHLY": {
      const date = new Date(day * DAY);
      const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
      return date.getUTCDate() === Math.min(rule.dayOfMonth ?? 1, daysInMonth);
    }
    case "ONCE":
      return false;
  }
}

/**
 * The instant a local wall-clock time happens in `timeZone`. When it happens twice (fall back),
 * the first; when it does not exist (spring forward), the first valid minute after it — the
 * moment the clocks jump.
 */
export function instantOfWallTime(localDate: string, localTime: string, timeZone: string): Date {
  const [hours, minutes] = localTime.split(":").map(Number) as [number, number];
  const [year, month, day] = localDate.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  // Offsets a day either side cover every real transition (they are hours apart, never days).
  const offsets = [...new Set([offsetMinutes(timeZone, wall - DAY), offsetMinutes(timeZone, wall + DAY)])];
  const candidates = offsets.map((offset) => wall - offset * MINUTE).filter((instant) => wall === instant + offsetMinutes(timeZone, instant) * MINUTE);
  if (candidates.length) return new Date(Math.min(...candidates));
  // A gap: find the first minute whose offset is the one after the jump.
  const [before, afterJump] = [offsetMinutes(timeZone, wall - DAY), offsetMinutes(timeZone, wall + DAY)];
  let low = wall - afterJump * MINUTE; // still before the jump
  let high = wall - before * MINUTE; // already after it
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / MINUTE / 2) * MINUTE;
    if (offsetMinutes(timeZone, middle) === afterJump) high = middle;
    else low = middle;
  }
  return new Date(high);
}

// The dispatcher asks for the same offsets again and again (every rule at 08:00 in one zone needs
// the same instants), and each answer costs an Intl formatting: remember them, up to a bound.
const knownOffsets = new Map<string, number>();
const KNOWN_OFFSETS_LIMIT = 100_000;

function offsetMinutes(timeZone: string, instant: number): number {
  const key = `${timeZone} ${instant}`;
  let offset = knownOffsets.get(key);
  if (offset === undefined) {
    if (knownOffsets.size >= KNOWN_OFFSETS_LIMIT) knownOffsets.clear();
    offset = tzOffset(timeZone, new Date(instant));
    knownOffsets.set(key, offset);
  }
  return offset;
}

/** The local calendar date ("2026-03-08") of `instant` in `timeZone`. */
export function localDateIn(instant: Date, timeZone: string): string {
  return new Date(instant.getTime() + offsetMinutes(timeZone, instant.getTime()) * MINUTE).toISOString().slice(0, 10);
}

function dayNumber(localDate: string): number {
  return Math.floor(Date.parse(`${localDate}T00:00:00Z`) / DAY);
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
