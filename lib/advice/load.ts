import { db } from "../db/client";
import { addLocalDays, type LocalDate } from "../time/calendar";
import { dateColumn, fromDateColumn, localDateOf } from "../time/local-day";
import { HISTORY_DAYS, type AdviceProfile, type AsOf, type Check } from "./checks";
import { redFlagSpans, type RedFlagSpan } from "./history";
import { adviceFor, lastCheckOf, type Advice } from "./rules";

// Reads what the rules need, always for one user: their profile and their checks (entries with
// observations and temperatures) over a range of local days plus the look-back before it.

export type Guidance = { asOf: AsOf; advice: Advice[] };

/** The user's checks dated `from − (HISTORY_DAYS − 1)` … `to`. */
export async function loadChecks(userId: string, from: LocalDate, to: LocalDate): Promise<Check[]> {
  const rows = await db().entry.findMany({
    where: { userId, localDate: { gte: dateColumn(addLocalDays(from, -(HISTORY_DAYS - 1))), lte: dateColumn(to) } },
    orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      localDate: true,
      recordedAt: true,
      pain: true,
      careKind: true,
      observations: {
        where: { userId },
        orderBy: { position: "asc" },
        select: { id: true, foot: true, region: true, kind: true, customKind: true, pain: true, healedAt: true },
      },
      temperatures: { where: { userId }, select: { foot: true, site: true, celsius: true } },
    },
  });
  return rows.map((row) => ({
    ...row,
    localDate: fromDateColumn(row.localDate),
    temperatures: row.temperatures.map((reading) => ({ ...reading, celsius: reading.celsius.toNumber() })),
  }));
}

/** The parts of the health profile that change the guidance (read here, so reminders may use the guidance without a cycle). */
export async function adviceProfileOf(userId: string): Promise<AdviceProfile> {
  const row = await db().healthProfile.findUnique({ where: { userId }, select: { conditions: true, surgeryDate: true, massageCleared: true } });
  return { conditions: row?.conditions ?? [], surgeryDate: row?.surgeryDate ? fromDateColumn(row.surgeryDate) : null, massageCleared: row?.massageCleared ?? false };
}

/** The guidance for one of the user's checks, as of that check; null when it is not theirs. */
export async function guidanceForEntry(userId: string, entryId: string): Promise<Guidance | null> {
  const entry = await db().entry.findFirst({ where: { id: entryId, userId }, select: { id: true, localDate: true, recordedAt: true } });
  if (!entry) return null;
  const localDate = fromDateColumn(entry.localDate);
  const [profile, checks] = await Promise.all([adviceProfileOf(userId), loadChecks(userId, localDate, localDate)]);
  const asOf: AsOf = { localDate, instant: entry.recordedAt, focusCheckId: entry.id, healedMarks: "all" };
  return { asOf, advice: adviceFor({ profile, checks, asOf }) };
}

/**
 * The guidance that holds now (Today, emails): from every check up to now, about today's latest
 * check when there is one.
 */
export async function currentGuidance(user: { id: string; timeZone: string }, now = new Date()): Promise<Guidance> {
  const today = localDateOf(now, user.timeZone);
  const [profile, checks] = await Promise.all([adviceProfileOf(user.id), loadChecks(user.id, today, today)]);
  const focus = lastCheckOf(
    checks.filter((check) => check.recordedAt.getTime() <= now.getTime()),
    today,
  );
  const asOf: AsOf = { localDate: today, instant: now, focusCheckId: focus?.id ?? null, healedMarks: "all" };
  return { asOf, advice: adviceFor({ profile, checks, asOf }) };
}

/** The red flags raised in a period of the user's journal, for the report. */
export async function redFlagHistory(userId: string, range: { from: LocalDate; to: LocalDate }): Promise<RedFlagSpan[]> {
  const [profile, checks] = await Promise.all([adviceProfileOf(userId), loadChecks(userId, range.from, range.to)]);
  return redFlagSpans({ profile, checks, ...range });
}
