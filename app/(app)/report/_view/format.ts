// Dates in the report, in the person's locale. Local calendar dates carry no zone: shown as stored.

export function formatShortDate(localDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" }).format(new Date(`${localDate}T00:00:00Z`));
}

export function formatRange(from: string, to: string, locale: string): string {
  return `${formatShortDate(from, locale)} – ${formatShortDate(to, locale)}`;
}
