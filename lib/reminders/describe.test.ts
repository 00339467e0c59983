import { describe, expect, it } from "vitest";
import { translatorFor } from "../i18n/translator";
import { describeSchedule } from "./describe";

const inWords = (locale: string) => {
  const t = translatorFor(locale, "reminders");
  return (rule: Parameters<typeof describeSchedule>[0]) => describeSchedule(rule, locale, (key, values) => t(`schedule.${key}`, values));
};
const rule = { frequency: "DAILY" as const, weekdays: [] as number[], intervalDays: null, dayOfMonth: null, localTime: "08:00" };

describe("a reminder's schedule in words", () => {
  it("says it in English, weekdays Monday first", () => {
    const en = inWords("en-GB");
    expect(en(rule)).toBe("Every day at 08:00");
    expect(en({ ...rule, frequency: "WEEKDAYS", weekdays: [4, 1], localTime: "19:30" })).toBe("Every Monday and Thursday at 19:30");
    expect(en({ ...rule, frequency: "WEEKDAYS", weekdays: [0, 1, 3] })).toBe("Every Monday, Wednesday and Sunday at 08:00");
    expect(en({ ...rule, frequency: "EVERY_N_DAYS", intervalDays: 3 })).toBe("Every 3 days at 08:00");
    expect(en({ ...rule, frequency: "MONTHLY", dayOfMonth: 31 })).toBe("Every month on day 31 (the last day in shorter months) at 08:00");
  });

  it("says it in Spanish, with the weekday names and the list of the language", () => {
    const es = inWords("es-ES");
    expect(es(rule)).toBe("Todos los días a las 08:00");
    expect(es({ ...rule, frequency: "WEEKDAYS", weekdays: [4, 1], localTime: "19:30" })).toBe("Cada lunes y jueves a las 19:30");
    expect(es({ ...rule, frequency: "EVERY_N_DAYS", intervalDays: 3 })).toBe("Cada 3 días a las 08:00");
    expect(es({ ...rule, frequency: "MONTHLY", dayOfMonth: 5 })).toBe("Cada mes, el día 5, a las 08:00");
  });
});
