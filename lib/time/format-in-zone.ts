/** A date and time as the user reads it: in their own zone and locale. */
export function formatDateTime(instant: Date, user: { timeZone: string; locale: string }): string {
  return new Intl.DateTimeFormat(user.locale, { timeZone: user.timeZone, dateStyle: "medium", timeStyle: "short" }).format(instant);
}

export function formatDate(instant: Date, user: { timeZone: string; locale: string }): string {
  return new Intl.DateTimeFormat(user.locale, { timeZone: user.timeZone, dateStyle: "full" }).format(instant);
}

/** A stored local calendar date ("2026-03-08") as the user reads it; no zone shift applies. */
export function formatLocalDate(localDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "full" }).format(new Date(`${localDate}T00:00:00Z`));
}

export function formatTime(instant: Date, user: { timeZone: string; locale: string }): string {
  return new Intl.DateTimeFormat(user.locale, { timeZone: user.timeZone, timeStyle: "short" }).format(instant);
}
