import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, getDay, getDaysInMonth, lightFormat } from "date-fns";

// Arithmetic on local calendar dates ("2026-03-08"), which have no zone: the day after, the days
// between, a weekday. Done by date-fns on a date pinned to UTC, where every day has 24 hours, so
// it never depends on the zone of the machine it runs on.

/** A calendar day as the person lived it, "YYYY-MM-DD". */
export type LocalDate = string;

function pinned(date: LocalDate): TZDate {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return TZDate.tz("UTC", year, month - 1, day);
}

const asLocalDate = (date: Date) => lightFormat(date, "yyyy-MM-dd");

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return asLocalDate(addDays(pinned(date), days));
}

/** The same day `months` later, or the month's last day when it is shorter (31 January + 1 → 28 February). */
export function addLocalMonths(date: LocalDate, months: number): LocalDate {
  return asLocalDate(addMonths(pinned(date), months));
}

const DAY_MS = 86_400_000;

/** The day's number since 1970-01-01. Plain arithmetic: daysBetween runs for every check of every day of a report's red-flag history. */
function dayNumber(date: LocalDate): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Whole days from `from` to `to`: 1 for the next day, 0 for the same day, negative before. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: LocalDate): number {
  return getDay(pinned(date));
}

export function dayOfMonth(date: LocalDate): number {
  return Number(date.slice(8, 10));
}

export function daysInMonthOf(date: LocalDate): number {
  return getDaysInMonth(pinned(date));
}
