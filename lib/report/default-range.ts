import { db } from "../db/client";
import { addLocalDays } from "../time/calendar";
import { localDateOf } from "../time/local-day";

export const DEFAULT_REPORT_DAYS = 90;

/**
 * The period a new report covers: since the last appointment (from its local day, in the zone it
 * was booked in), else the last 90 days, ending today (the person's local day).
 */
export async function defaultReportRange(userId: string, today: string, now = new Date()): Promise<{ from: string; to: string }> {
  const lastVisit = await db().appointment.findFirst({
    where: { userId, startsAt: { lt: now } },
    orderBy: { startsAt: "desc" },
    select: { startsAt: true, timeZone: true },
  });
  const visitDay = lastVisit ? localDateOf(lastVisit.startsAt, lastVisit.timeZone) : null;
  if (visitDay && visitDay <= today) return { from: visitDay, to: today };
  return { from: addLocalDays(today, -(DEFAULT_REPORT_DAYS - 1)), to: today };
}
