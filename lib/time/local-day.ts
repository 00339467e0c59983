import { tzOffset } from "@date-fns/tz";
import { addLocalDays, type LocalDate } from "./calendar";

// The one clock. Instants are stored in UTC; days and times of day are read in the person's IANA
// zone. Every conversion between a local wall time and an instant happens here, with one policy
// for the two hours a year that clocks change (docs/decisions/0048):
//  - a wall time skipped by a spring-forward change moves forward by the length of the gap
//    (02:30 → 03:30 in New York, 02:15 → 02:45 on Lord Howe Island);
//  - a wall time that happens twice in a fall-back change is the first of the two.
// This is Temporal's "compatible" disambiguation, the one calendars and `new Date()` use.

export type { LocalDate } from "./calendar";

export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The calendar day ("2026-03-08") that `instant` falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  return new Date(instant.getTime() + offsetMinutes(timeZone, instant.getTime()) * MINUTE_MS).toISOString().slice(0, 10);
}

/** The local date and time ("2026-03-08", "09:15") of `instant` in `timeZone`, as a form shows them. */
export function localDateTimeOf(instant: Date, timeZone: string): { date: LocalDate; time: string } {
  // The wall clock read as if it were UTC: the entry form runs this in the browser, where a zoned
  // date object and a formatter would be code to download and start for two strings.
  const wall = new Date(instant.getTime() + offsetMinutes(timeZone, instant.getTime()) * MINUTE_MS).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** The instant of a local date and wall time ("HH:mm") in `timeZone`, by the policy above. */
export function instantOfLocal(date: LocalDate, time: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hours, minutes);
  // The offsets in force a day either side: clock changes are hours apart, never a day.
  const before = offsetMinutes(timeZone, wall - DAY_MS);
  const after = offsetMinutes(timeZone, wall + DAY_MS);
  // An instant is a reading of this wall time when the zone's offset at that instant is the one used.
  const readings = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => offsetMinutes(timeZone, instant) * MINUTE_MS === wall - instant);
  if (readings.length > 0) return new Date(Math.min(...readings));
  // Skipped: read it with the offset from before the jump, which lands as far past the jump as the gap is long.
  return new Date(wall - before * MINUTE_MS);
}

/** The instant a local calendar day starts (its first minute, by the policy above). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return instantOfLocal(date, "00:00", timeZone);
}

/** The instants a local calendar day runs between: [start, start of the next day). */
export function localDayBounds(date: LocalDate, timeZone: string): { start: Date; end: Date } {
  return { start: startOfLocalDay(date, timeZone), end: startOfLocalDay(addLocalDays(date, 1), timeZone) };
}

/** A local calendar date as the Date Prisma stores in a `@db.Date` column (midnight UTC). */
export function dateColumn(localDate: LocalDate): Date {
  return new Date(`${localDate}T00:00:00.000Z`);
}

/** The local calendar date held in a `@db.Date` column. */
export function fromDateColumn(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
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
