import { subDays } from "date-fns";
import { adviceFor, HISTORY_DAYS, type Advice } from "../advice/rules";
import { db } from "../db/client";
import { getHealthProfile } from "../health-profile/health-profile";
import { dateColumn, fromDateColumn } from "../time/local-day";
import type { EntryWithDetail } from "./queries";

const toNumber = (value: { toNumber(): number } | null) => (value === null ? null : value.toNumber());

/** The guidance for one of the user's entries, from their profile and their last 30 days. */
export async function adviceForEntry(userId: string, entry: EntryWithDetail): Promise<Advice[]> {
  const localDate = fromDateColumn(entry.localDate);
  const [profile, recent] = await Promise.all([
    getHealthProfile(userId),
    db().entry.findMany({
      where: {
        userId,
        id: { not: entry.id },
        localDate: { gte: subDays(dateColumn(localDate), HISTORY_DAYS - 1), lte: dateColumn(localDate) },
      },
      select: { localDate: true, pain: true, leftTempC: true, rightTempC: true, observations: { select: { kind: true } } },
    }),
  ]);
  return adviceFor({
    profile,
    entry: {
      localDate,
      pain: entry.pain,
      careKind: entry.careKind,
      leftTempC: toNumber(entry.leftTempC),
      rightTempC: toNumber(entry.rightTempC),
      observations: entry.observations,
    },
    history: recent.map((past) => ({
      localDate: fromDateColumn(past.localDate),
      pain: past.pain,
      leftTempC: toNumber(past.leftTempC),
      rightTempC: toNumber(past.rightTempC),
      observationKinds: past.observations.map((observation) => observation.kind),
    })),
  });
}
