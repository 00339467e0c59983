import { weekdayNames } from "../i18n/format";
import type { ScheduleRule } from "./occurrences";

/** The words of `reminders.schedule` a rule is told in, with their values. */
export type ScheduleWords = (key: "daily" | "weekdays" | "everyNDays" | "monthly" | "monthlyLate" | "once", values: Record<string, string | number>) => string;

/**
 * "Every day at 08:00", "Every Monday and Thursday at 19:30", … in the reader's language: `words`
 * is the page's translator for `reminders.schedule`, the weekday names and the list follow `locale`.
 */
export function describeSchedule(rule: Pick<ScheduleRule, "frequency" | "weekdays" | "intervalDays" | "dayOfMonth" | "localTime">, locale: string, words: ScheduleWords): string {
  const time = rule.localTime;
  switch (rule.frequency) {
    case "DAILY":
      return words("daily", { time });
    case "WEEKDAYS": {
      // weekdayNames is Monday first; rule.weekdays counts from Sunday = 0.
      const names = weekdayNames(locale, "long");
      const days = [...rule.weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((day) => names[(day + 6) % 7] ?? "");
      return words("weekdays", { days: new Intl.ListFormat(locale, { type: "conjunction" }).format(days), time });
    }
    case "EVERY_N_DAYS":
      return words("everyNDays", { count: rule.intervalDays ?? 0, time });
    case "MONTHLY":
      return words((rule.dayOfMonth ?? 0) > 28 ? "monthlyLate" : "monthly", { day: rule.dayOfMonth ?? 0, time });
    case "ONCE":
      return words("once", {});
  }
}

/** An occurrence as a person reads it, on the reminder's clock. */
export function formatOccurrence(at: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(at);
}
