import { addMonths } from "date-fns";
import { db } from "../db/client";
import { getHealthProfile } from "../health-profile/health-profile";
import { instantOfWallTime, localDateIn } from "../reminders/occurrences";
import { dateColumn } from "../time/local-day";

// With an IWGDF foot-risk category in the health profile, a "professional foot check due" reminder
// follows the screening interval the IWGDF guidance gives for that category, counted from the last
// visit (the latest appointment that has passed).

/** Months between professional foot checks by IWGDF risk category (IWGDF 2023 prevention guideline). */
export const IWGDF_INTERVAL_MONTHS: Record<number, number> = { 0: 12, 1: 6, 2: 3, 3: 1 };
const CHECK_TIME = "09:00";

export async function syncProfessionalCheck(userId: string, now = new Date()): Promise<void> {
  const [profile, user, lastVisit] = await Promise.all([
    getHealthProfile(userId),
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } }),
    db().appointment.findFirst({ where: { userId, startsAt: { lt: now } }, orderBy: { startsAt: "desc" }, select: { startsAt: true } }),
  ]);
  await db().$transaction(async (tx) => {
    await tx.reminder.deleteMany({ where: { userId, kind: "PROFESSIONAL_CHECK", active: true, snoozeOfDeliveryId: null } });
    if (profile.iwgdfRisk === null) return;
    const months = IWGDF_INTERVAL_MONTHS[profile.iwgdfRisk] ?? 12;
    const fromDate = localDateIn(lastVisit?.startsAt ?? now, user.timeZone);
    const dueDate = addMonths(new Date(`${fromDate}T00:00:00Z`), lastVisit ? months : 0).toISOString().slice(0, 10);
    let at = instantOfWallTime(dueDate, CHECK_TIME, user.timeZone);
    // Due already: remind at the next 09:00.
    if (at.getTime() <= now.getTime()) {
      const today = localDateIn(now, user.timeZone);
      at = instantOfWallTime(today, CHECK_TIME, user.timeZone);
      if (at.getTime() <= now.getTime()) at = instantOfWallTime(addDay(today), CHECK_TIME, user.timeZone);
    }
    await tx.reminder.create({
      data: { userId, kind: "PROFESSIONAL_CHECK", frequency: "ONCE", weekdays: [], localTime: CHECK_TIME, timeZone: user.timeZone, startDate: dateColumn(localDateIn(at, user.timeZone)), onceAt: at, nextOccurrenceAt: at },
    });
  });
}

/** When the professional check is next due, for the page to show. */
export function findProfessionalCheck(userId: string) {
  return db().reminder.findFirst({ where: { userId, kind: "PROFESSIONAL_CHECK", snoozeOfDeliveryId: null }, orderBy: { createdAt: "desc" } });
}

function addDay(localDate: string): string {
  return new Date(Date.parse(`${localDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
