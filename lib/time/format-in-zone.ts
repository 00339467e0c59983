/** A date and time as the user reads it: in their own zone and locale. */
export function formatDateTime(instant: Date, user: { timeZone: string; locale: string }): string {
  return new Intl.DateTimeFormat(user.locale, { timeZone: user.timeZone, dateStyle: "medium", timeStyle: "short" }).format(instant);
}

export function formatDate(instant: Date, user: { timeZone: string; locale: string }): string {
  return new Intl.DateTimeFormat(user.locale, { timeZone: user.timeZone, dateStyle: "full" }).format(instant);
}
