// Dates, numbers and temperatures as a reader of `locale` writes them (a BCP 47 tag: "en-GB",
// "es-ES"). The locale is always given: the same words may be written for the app's reader, an
// email's recipient or a doctor reading a report in another language. Formatters are kept, as
// Intl's are slow to make and a page writes dozens of figures with the same few.

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const LIMIT = 500;

function kept<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let found = cache.get(key);
  if (!found) {
    if (cache.size >= LIMIT) cache.clear();
    found = make();
    cache.set(key, found);
  }
  return found;
}

/** 36.5 → "36.5" (en) or "36,5" (es), with exactly `digits` decimals. */
export function formatDecimal(value: number, locale: string, digits = 1): string {
  return kept(numberFormats, `${locale}|${digits}`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })).format(value);
}

/** 2.5 → "2.5", 2 → "2" (en) or "2,5" (es): at most `digits` decimals. */
export function formatAtMost(value: number, locale: string, digits = 1): string {
  return kept(numberFormats, `${locale}|≤${digits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })).format(value);
}

/** 2.4 → "2.4 °C" (en) or "2,4 °C" (es). */
export function formatCelsius(value: number, locale: string): string {
  return `${formatDecimal(value, locale)} °C`;
}

type DayStyle = "weekday-long" | "weekday-short" | "day-month" | "day-month-short" | "day-month-year" | "month-short-year" | "month-year" | "full";

const DAY_OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  "weekday-long": { weekday: "long" },
  "weekday-short": { weekday: "short" },
  "day-month": { weekday: "long", day: "numeric", month: "long" },
  "day-month-short": { day: "numeric", month: "short" },
  "day-month-year": { day: "numeric", month: "short", year: "numeric" },
  "month-short-year": { month: "short", year: "numeric" },
  "month-year": { month: "long", year: "numeric" },
  full: { dateStyle: "full" },
};

/** A stored local calendar day ("2026-03-08") in words; no zone shift applies. */
export function formatLocalDay(localDate: string, locale: string, style: DayStyle): string {
  return kept(dateFormats, `${locale}|${style}`, () => new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...DAY_OPTIONS[style] })).format(new Date(`${localDate}T00:00:00Z`));
}

/** The days of the week, Monday first, in the reader's words. */
export function weekdayNames(locale: string, style: "long" | "short"): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, index) => formatLocalDay(`2024-01-0${index + 1}`, locale, style === "long" ? "weekday-long" : "weekday-short"));
}
