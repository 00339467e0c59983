import { nextOccurrence, type Occurrence, type ScheduleRule } from "./occurrences";

// What the dispatcher does with one due rule, decided without I/O so it can be tested with any
// clock. After downtime, at most the newest missed occurrence of the last 12 hours is sent (and
// says it is late); every other one is recorded as missed. Never a burst. See docs/decisions/0016.

export const CATCH_UP_WINDOW_MS = 12 * 3_600_000;
/** Sent later than this after its time, a reminder says it is late (the dispatcher runs every minute). */
export const LATE_AFTER_MS = 10 * 60_000;
/** Older missed occurrences are not recorded one by one beyond this many (a rule off for a year). */
const MAX_MISSED_RECORDED = 31;

export type DuePlan = {
  send: (Occurrence & { late: boolean }) | null;
  missed: Occurrence[];
  /** The rule's next occurrence after now, or null when it has ended. */
  next: Occurrence | null;
  lastLocalDate: string;
};

export function planDue(rule: ScheduleRule, first: Occurrence, now: Date): DuePlan {
  const due: Occurrence[] = [first];
  for (let current = first; ; ) {
    const following = nextOccurrence(rule, current.at, current.localDate);
    if (!following || following.at.getTime() > now.getTime()) break;
    due.push(following);
    if (due.length > MAX_MISSED_RECORDED + 1) due.shift();
    current = following;
  }
  const newest = due.at(-1)!;
  const overdueBy = now.getTime() - newest.at.getTime();
  const send = overdueBy <= CATCH_UP_WINDOW_MS ? { ...newest, late: overdueBy > LATE_AFTER_MS } : null;
  return {
    send,
    missed: send ? due.slice(0, -1) : due,
    next: nextOccurrence(rule, now, newest.localDate),
    lastLocalDate: newest.localDate,
  };
}
