// Arithmetic on local calendar dates ("2026-03-08"), which have no zone: the day after, the days
// between, a weekday. Done with the platform's UTC date functions, where every day has 24 hours, so
// it never depends on the zone of the machine it runs on. Plain arithmetic on purpose: pages and
// reports call these for every day of a range, and a zoned date object made each call cost an Intl
// formatting (4 % of the server's time on /trends).

/** A calendar day as the person lived it, "YYYY-MM-DD". */
export type LocalDate = string;

const DAY_MS = 86_400_000;

function partsOf(date: LocalDate): [number, number, number] {
  return date.split("-").map(Number) as [number, number, number];
}

/** Midnight UTC of a year, a 0-based month and a day; months and days past their end roll over. */
function utc(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  // Not Date.UTC, which reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function asLocalDate(date: Date): LocalDate {
  const year = date.getUTCFullYear();
  return `${String(year).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = partsOf(date);
  return asLocalDate(utc(year, month - 1, day + days));
}

/** The same day `months` later, or the month's last day when it is shorter (31 January + 1 → 28 February). */
export function addLocalMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = partsOf(date);
  const lastDay = utc(year, month + months, 0).getUTCDate();
  return asLocalDate(utc(year, month - 1 + months, Math.min(day, lastDay)));
}

/** The day's number since 1970-01-01. */
function dayNumber(date: LocalDate): number {
  const [year, month, day] = partsOf(date);
  return utc(year, month - 1, day).getTime() / DAY_MS;
}

/** Whole days from `from` to `to`: 1 for the next day, 0 for the same day, negative before. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  const [year, month, day] = partsOf(date);
  return utc(year, month - 1, day).getUTCDay();
}

export function dayOfMonth(date: LocalDate): number {
  return Number(date.slice(8, 10));
}

export function daysInMonthOf(date: LocalDate): number {
  const [year, month] = partsOf(date);
  return utc(year, month, 0).getUTCDate();
}
