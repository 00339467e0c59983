// Intl.DateTimeFormat is slow to construct and a page formats dozens of dates with the same few
// settings: formatters are kept per locale, zone and style (a handful per person).
const formatters = new Map<string, Intl.DateTimeFormat>();
const FORMATTERS_LIMIT = 1000;

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${options.timeZone}|${options.dateStyle ?? ""}|${options.timeStyle ?? ""}`;
  let found = formatters.get(key);
  if (!found) {
    if (formatters.size >= FORMATTERS_LIMIT) formatters.clear();
    found = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, found);
  }
  return found;
}

/** A date and time as the user reads it: in their own zone and locale. */
export function formatDateTime(instant: Date, user: { timeZone: string; locale: string }): string {
  return formatter(user.locale, { timeZone: user.timeZone, dateStyle: "medium", timeStyle: "short" }).format(instant);
}

export function formatDate(instant: Date, user: { timeZone: string; locale: string }): string {
  return formatter(user.locale, { timeZone: user.timeZone, dateStyle: "full" }).format(instant);
}

/** A stored local calendar date ("2026-03-08") as the user reads it; no zone shift applies. */
export function formatLocalDate(localDate: string, locale: string): string {
  return formatter(locale, { timeZone: "UTC", dateStyle: "full" }).format(new Date(`${localDate}T00:00:00Z`));
}

export function formatTime(instant: Date, user: { timeZone: string; locale: string }): string {
  return formatter(user.locale, { timeZone: user.timeZone, timeStyle: "short" }).format(instant);
}
