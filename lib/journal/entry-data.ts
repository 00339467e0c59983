import type { Tx } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../app-error";
import { attachPhotosToEntry } from "../photos/upload-photo";
import { dateColumn, localDateOf } from "../time/local-day";
import { readingsOf, type EntryInput } from "./schemas";

/** The columns of an entry as written from validated input, its local day fixed in `timeZone`. */
export function entryColumns(input: EntryInput, timeZone: string) {
  return {
    recordedAt: input.recordedAt,
    localDate: dateColumn(localDateOf(input.recordedAt, timeZone)),
    timeZone,
    pain: input.pain,
    fatigue: input.fatigue,
    careKind: input.careKind,
    careMinutes: input.careMinutes,
    lotionUsed: input.lotionUsed,
    notes: input.notes,
  };
}

/** Heal marks kept across an edit, by what was noted where ("LEFT:HEEL:BLISTER:"). */
export type HealMarks = Map<string, { healedAt: Date; healedById: string | null }>;

export function observationKey(observation: { foot: string; region: string; kind: string; customKind: string }): string {
  return [observation.foot, observation.region, observation.kind, observation.customKind.trim().toLowerCase()].join(":");
}

export function observationRows(userId: string, entryId: string, input: EntryInput, healMarks: HealMarks = new Map()): Prisma.ObservationCreateManyInput[] {
  return input.observations.map((observation, position) => ({
    userId,
    entryId,
    position,
    foot: observation.foot,
    region: observation.region,
    kind: observation.kind,
    customKind: observation.kind === "OTHER" ? observation.customKind : "",
    pain: observation.pain,
    note: observation.note,
    ...healMarks.get(observationKey({ ...observation, customKind: observation.kind === "OTHER" ? observation.customKind : "" })),
  }));
}

export function temperatureRows(userId: string, entryId: string, input: EntryInput): Prisma.TemperatureReadingCreateManyInput[] {
  return readingsOf(input.temperatures).map((reading) => ({ userId, entryId, ...reading }));
}

/** Puts the form's photos on the entry; a photo problem becomes a message at the photos field. */
export async function attachEntryPhotos(tx: Tx, userId: string, entryId: string, input: EntryInput): Promise<void> {
  try {
    await attachPhotosToEntry(tx, userId, entryId, input.photos);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.message, { field: "photos", status: error.status });
    throw error;
  }
}
