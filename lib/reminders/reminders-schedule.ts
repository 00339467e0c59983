import type { ScheduleRule } from "./occurrences";
import type { ReminderInput } from "./schemas";

/** The form's input as the occurrence calculator's rule (browser-safe: the preview uses it). */
export function scheduleFromInput(input: ReminderInput): ScheduleRule {
  return {
    frequency: input.frequency,
    weekdays: input.frequency === "WEEKDAYS" ? input.weekdays : [],
    intervalDays: input.frequency === "EVERY_N_DAYS" ? input.intervalDays : null,
    dayOfMonth: input.frequency === "MONTHLY" ? input.dayOfMonth : null,
    localTime: input.localTime,
    timeZone: input.timeZone,
    startDate: input.startDate,
    endDate: input.endDate,
    onceAt: null,
  };
}
