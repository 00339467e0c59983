import type { PoolClient } from "pg";
import { localDayBounds } from "../time/local-day";

/** "Did this person log a check on this local day of this zone?" — one of many asked at once. */
export type DayQuestion = { userId: string; localDate: string; timeZone: string };

/**
 * The questions answered yes, as `${userId} ${localDate}` keys, in one statement: an entry filed
 * under that date, or one recorded between that day's local midnights in the zone (an entry written
 * while travelling carries another zone's date). Each probe is an index range on
 * ("userId", "localDate") or ("userId", "recordedAt").
 */
export async function checkedOnLocalDays(client: PoolClient, questions: DayQuestion[]): Promise<Set<string>> {
  if (!questions.length) return new Set();
  const bounds = questions.map(({ localDate, timeZone }) => localDayBounds(localDate, timeZone));
  const { rows } = await client.query<{ user_id: string; local_date: string }>(
    `SELECT q.user_id, q.local_date::text AS local_date
       FROM unnest($1::text[], $2::date[], $3::timestamptz[], $4::timestamptz[]) AS q(user_id, local_date, day_start, day_end)
      WHERE EXISTS (SELECT 1 FROM "Entry" e WHERE e."userId" = q.user_id AND e."localDate" = q.local_date)
         OR EXISTS (SELECT 1 FROM "Entry" e
                     WHERE e."userId" = q.user_id
                       AND e."recordedAt" >= (q.day_start AT TIME ZONE 'UTC') AND e."recordedAt" < (q.day_end AT TIME ZONE 'UTC'))`,
    [questions.map((q) => q.userId), questions.map((q) => q.localDate), bounds.map((b) => b.start), bounds.map((b) => b.end)],
  );
  return new Set(rows.map((row) => `${row.user_id} ${row.local_date}`));
}
