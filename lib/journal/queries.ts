import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { dateColumn, fromDateColumn } from "../time/local-day";
import type { EntryFilters } from "./schemas";

// Reads for pages. Every query takes the signed-in user's id and filters by it.

export const JOURNAL_PAGE_SIZE = 20;

const entryDetail = {
  observations: { orderBy: { position: "asc" } },
  temperatures: { orderBy: [{ site: "asc" }, { foot: "asc" }], select: { foot: true, site: true, celsius: true } },
  photos: { orderBy: { createdAt: "asc" }, select: { id: true, foot: true, region: true, caption: true, width: true, height: true } },
} satisfies Prisma.EntryInclude;

/** One of the user's entries with its observations and photos, or null when it is not theirs. */
export function findEntry(userId: string, entryId: string) {
  return db().entry.findFirst({ where: { id: entryId, userId }, include: entryDetail });
}

export type EntryWithDetail = NonNullable<Awaited<ReturnType<typeof findEntry>>>;

function filterWhere(userId: string, filters: EntryFilters): Prisma.EntryWhereInput {
  const observationMatch: Prisma.ObservationWhereInput = {
    ...(filters.foot ? { foot: filters.foot } : {}),
    ...(filters.region ? { region: filters.region } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
  };
  return {
    userId,
    ...(filters.from || filters.to
      ? { localDate: { ...(filters.from ? { gte: dateColumn(filters.from) } : {}), ...(filters.to ? { lte: dateColumn(filters.to) } : {}) } }
      : {}),
    ...(filters.minPain !== null ? { pain: { gte: filters.minPain } } : {}),
    ...(Object.keys(observationMatch).length ? { observations: { some: { userId, ...observationMatch } } } : {}),
  };
}

/** A page of entries, newest first, grouped by the local day they belong to. */
export async function listEntries(userId: string, filters: EntryFilters) {
  const rows = await db().entry.findMany({
    where: filterWhere(userId, filters),
    orderBy: [{ localDate: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
    ...(filters.cursor ? { cursor: { id: filters.cursor }, skip: 1 } : {}),
    take: JOURNAL_PAGE_SIZE + 1,
    include: {
      observations: { orderBy: { position: "asc" }, select: { foot: true, region: true, kind: true, customKind: true, pain: true } },
      photos: { orderBy: { createdAt: "asc" }, select: { id: true }, take: 3 },
      _count: { select: { photos: true } },
    },
  });
  const page = rows.slice(0, JOURNAL_PAGE_SIZE);
  const days: { localDate: string; entries: typeof page }[] = [];
  for (const entry of page) {
    const localDate = fromDateColumn(entry.localDate);
    const day = days.at(-1);
    if (day?.localDate === localDate) day.entries.push(entry);
    else days.push({ localDate, entries: [entry] });
  }
  return { days, nextCursor: rows.length > JOURNAL_PAGE_SIZE ? page.at(-1)?.id ?? null : null };
}

/** The observations of the user's latest entry, to start a new check from them. */
export async function lastEntryObservations(userId: string) {
  const last = await db().entry.findFirst({
    where: { userId },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    select: { observations: { orderBy: { position: "asc" }, select: { foot: true, region: true, kind: true, customKind: true, pain: true, note: true } } },
  });
  return last?.observations ?? null;
}

export async function hasEntries(userId: string): Promise<boolean> {
  return (await db().entry.findFirst({ where: { userId }, select: { id: true } })) !== null;
}

/** The zone an entry was written in, or null when the entry is not the user's. */
export async function entryTimeZone(userId: string, entryId: string): Promise<string | null> {
  const entry = await db().entry.findFirst({ where: { id: entryId, userId }, select: { timeZone: true } });
  return entry?.timeZone ?? null;
}

/** Whether the person measures skin temperature: a temperature reminder, or readings in the last 14 days. */
export async function monitorsTemperature(userId: string, now = new Date()): Promise<boolean> {
  const [reminder, reading] = await Promise.all([
    db().reminder.findFirst({ where: { userId, kind: "TEMPERATURE_CHECK", active: true }, select: { id: true } }),
    db().temperatureReading.findFirst({ where: { userId, entry: { is: { userId, recordedAt: { gte: new Date(now.getTime() - 14 * 86_400_000) } } } }, select: { id: true } }),
  ]);
  return reminder !== null || reading !== null;
}
