import { formatsFor } from "../i18n/negotiate";
import { redFlagHistory } from "../advice/load";
import { db } from "../db/client";
import type { Foot, FootRegion } from "../generated/prisma/enums";
import { getHealthProfile } from "../health-profile/health-profile";
import { dateColumn, fromDateColumn } from "../time/local-day";
import { listQuestions } from "./questions";
import type { ReportOptions } from "./schemas";
import { dailyPain, observationsBySpot, summarise, type ReportEntry } from "./summarise";
import { attributionFor } from "../journals/attribution";

// Everything one report shows, read for one user. Every query filters by that user's id, whether
// the reader is the person (report page, PDF) or a clinician holding a share link.

/** At most this many spots get a first-and-latest photo pair, so a report stays printable. */
export const MAX_PHOTO_SPOTS = 10;

export type ReportPhoto = { id: string; localDate: string; caption: string; width: number; height: number };
export type PhotoPair = { foot: Foot; region: FootRegion; first: ReportPhoto; latest: ReportPhoto | null };

export async function loadReport(userId: string, options: ReportOptions) {
  const [user, profile, entries, photoPairs, questions, redFlags] = await Promise.all([
    db().user.findFirstOrThrow({ where: { id: userId }, select: { name: true, timeZone: true, locale: true } }),
    getHealthProfile(userId),
    loadEntries(userId, options),
    options.sections.includes("photos") ? reportPhotoPairs(userId, options) : Promise.resolve([]),
    options.sections.includes("questions") ? listQuestions(userId) : Promise.resolve([]),
    options.sections.includes("summary") ? redFlagHistory(userId, options) : Promise.resolve([]),
  ]);
  // Written in the language asked for (a report printed in English for the doctor), with the
  // person's own regional formats when they are of that language.
  const locale = options.language ? formatsFor(options.language, user.locale) : user.locale;
  return {
    person: { name: user.name, timeZone: user.timeZone, locale },
    profile,
    options,
    entries,
    summary: summarise(entries, options, locale),
    redFlags,
    painByDay: dailyPain(entries),
    spots: observationsBySpot(entries),
    photoPairs,
    questions,
  };
}

export type ReportData = Awaited<ReturnType<typeof loadReport>>;

async function loadEntries(userId: string, options: ReportOptions): Promise<ReportEntry[]> {
  const rows = await db().entry.findMany({
    where: { userId, localDate: { gte: dateColumn(options.from), lte: dateColumn(options.to) } },
    orderBy: [{ localDate: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      localDate: true,
      recordedAt: true,
      pain: true,
      fatigue: true,
      careKind: true,
      careMinutes: true,
      lotionUsed: true,
      notes: true,
      createdById: true,
      observations: { where: { userId }, orderBy: { position: "asc" }, select: { foot: true, region: true, kind: true, customKind: true, pain: true } },
      temperatures: { where: { userId }, select: { foot: true, site: true, celsius: true } },
    },
  });
  const byWhom = await attributionFor(userId, rows.map((row) => row.createdById));
  return rows.map(({ createdById, ...row }) => ({
    ...row,
    recordedBy: byWhom(createdById),
    localDate: fromDateColumn(row.localDate),
    temperatures: row.temperatures.map((reading) => ({ ...reading, celsius: reading.celsius.toNumber() })),
  }));
}

/** For each tagged spot photographed in the range: its first and its latest photo, oldest spot first. */
export async function reportPhotoPairs(userId: string, options: Pick<ReportOptions, "from" | "to">): Promise<PhotoPair[]> {
  const photos = await db().photo.findMany({
    where: {
      userId,
      foot: { not: null },
      region: { not: null },
      entry: { is: { userId, localDate: { gte: dateColumn(options.from), lte: dateColumn(options.to) } } },
    },
    select: { id: true, foot: true, region: true, caption: true, width: true, height: true, entry: { select: { localDate: true } } },
    orderBy: [{ entry: { recordedAt: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  const pairs = new Map<string, PhotoPair>();
  for (const photo of photos) {
    if (!photo.foot || !photo.region || !photo.entry) continue;
    const view: ReportPhoto = { id: photo.id, localDate: fromDateColumn(photo.entry.localDate), caption: photo.caption, width: photo.width, height: photo.height };
    const key = `${photo.foot}:${photo.region}`;
    const pair = pairs.get(key);
    if (pair) pair.latest = view;
    else if (pairs.size < MAX_PHOTO_SPOTS) pairs.set(key, { foot: photo.foot, region: photo.region, first: view, latest: null });
  }
  return [...pairs.values()];
}

/** The ids of the photos a report shows: the only photos its share link or print token may serve. */
export async function reportPhotoIds(userId: string, options: ReportOptions): Promise<Set<string>> {
  if (!options.sections.includes("photos")) return new Set();
  const pairs = await reportPhotoPairs(userId, options);
  return new Set(pairs.flatMap((pair) => [pair.first.id, ...(pair.latest ? [pair.latest.id] : [])]));
}
