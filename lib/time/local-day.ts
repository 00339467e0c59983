import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// Entries belong to the person's local calendar day. Instants are stored in UTC; days and times of
// day are computed in the person's IANA zone, here and nowhere else.

export const LOCAL_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The calendar day ("2026-03-08") that `instant` falls on in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** The local date and time ("2026-03-08", "09:15") of `instant` in `timeZone`, as a form shows them. */
export function localDateTimeOf(instant: Date, timeZone: string): { date: string; time: string } {
  const local = new TZDate(instant.getTime(), timeZone);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

/**
 * The instant of a local date and time in `timeZone`. A time skipped by a spring-forward change
 * moves forward by the gap (02:30 → 03:30 in New York), as clocks do.
 */
export function instantOfLocal(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime());
}

/** A local calendar date as the Date Prisma stores in a `@db.Date` column (midnight UTC). */
export function dateColumn(localDate: string): Date {
  return new Date(`${localDate}T00:00:00.000Z`);
}

/** The local calendar date held in a `@db.Date` column. */
export function fromDateColumn(value: Date): string {
  return value.toISOString().slice(0, 10);
}
