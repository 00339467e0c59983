import { addLocalDays, type LocalDate } from "../time/calendar";
import { HISTORY_DAYS, type AdviceProfile, type Check } from "./checks";
import { adviceFor, lastCheckOf, type Advice } from "./rules";

// The red flags of a period, for the doctor's report: what the rules flagged as of the last check
// of each day, with heal marks counted only from when they were made, so the report shows what was
// flagged at the time. Consecutive checked days flagging the same things make one span.

export type RedFlagSpan = { from: LocalDate; to: LocalDate; advice: Advice[] };

export function redFlagSpans(input: { profile: AdviceProfile; checks: readonly Check[]; from: LocalDate; to: LocalDate }): RedFlagSpan[] {
  const days = [...new Set(input.checks.map((check) => check.localDate))].filter((day) => day >= input.from && day <= input.to).sort();
  const spans: RedFlagSpan[] = [];
  let previousKey = "";
  for (const day of days) {
    // Only the checks the rules look at for that day: a year's report asks about every day.
    const earliest = addLocalDays(day, -(HISTORY_DAYS - 1));
    const checks = input.checks.filter((check) => check.localDate >= earliest && check.localDate <= day);
    const last = lastCheckOf(checks, day)!;
    const urgent = adviceFor({
      profile: input.profile,
      checks,
      asOf: { localDate: day, instant: last.recordedAt, focusCheckId: last.id, healedMarks: "made-by-then" },
    }).filter((advice) => advice.level === "urgent");
    const key = urgent.map((advice) => `${advice.id}@${advice.places.map((place) => `${place.foot}:${place.region}`).sort().join(",")}`).join("|");
    if (key && key === previousKey) {
      const span = spans.at(-1)!;
      span.to = day;
      span.advice = urgent;
    } else if (key) {
      spans.push({ from: day, to: day, advice: urgent });
    }
    previousKey = key;
  }
  return spans;
}
