import type { ScheduleRule } from "./occurrences";

/** The rule as stored: the same fields, with its dates as a Prisma date column or as SQL text. */
type StoredRule = Omit<ScheduleRule, "startDate" | "endDate"> & { startDate: Date | string; endDate: Date | string | null };

/** A stored rule (Prisma row, or raw SQL with dates as text) as the occurrence calculator's input. */
export function scheduleOf(row: StoredRule): ScheduleRule {
  return {
    frequency: row.frequency,
    weekdays: row.weekdays,
    intervalDays: row.intervalDays,
    dayOfMonth: row.dayOfMonth,
    localTime: row.localTime,
    timeZone: row.timeZone,
    startDate: asLocalDate(row.startDate),
    endDate: row.endDate === null ? null : asLocalDate(row.endDate),
    onceAt: row.onceAt,
  };
}

function asLocalDate(value: Date | string): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
