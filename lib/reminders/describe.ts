import { WEEKDAY_LABELS } from "./vocabulary";
import type { ScheduleRule } from "./occurrences";

/** "Every day at 08:00", "Monday and Thursday at 19:30", … in plain words. */
export function describeSchedule(rule: Pick<ScheduleRule, "frequency" | "weekdays" | "intervalDays" | "dayOfMonth" | "localTime">): string {
  const at = `at ${rule.localTime}`;
  switch (rule.frequency) {
    case "DAILY":
      return `Every day ${at}`;
    case "WEEKDAYS": {
      const days = [...rule.weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)).map((day) => WEEKDAY_LABELS[day] ?? "");
      return `Every ${days.length > 1 ? `${days.slice(0, -1).join(", ")} and ${days.at(-1)}` : days[0]} ${at}`;
    }
    case "EVERY_N_DAYS":
      return `Every ${rule.intervalDays} days ${at}`;
    case "MONTHLY":
      return `Every month on day ${rule.dayOfMonth}${(rule.dayOfMonth ?? 0) > 28 ? " (the last day in shorter months)" : ""} ${at}`;
    case "ONCE":
      return "Once";
  }
}

/** An occurrence as a person reads it, on the reminder's clock. */
export function formatOccurrence(at: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(at);
}
