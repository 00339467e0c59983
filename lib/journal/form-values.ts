import type { Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";
import { photoUrl } from "../photos/schemas";
import { localDateTimeOf } from "../time/local-day";
import type { EntryWithDetail } from "./queries";
import type { EntryFormValues } from "./schemas";

type ObservationValues = EntryFormValues["observations"][number];
type StoredObservation = { foot: Foot; region: FootRegion; kind: ObservationKind; customKind: string; pain: number | null; note: string };

// Form fields hold text ("" when blank); these turn stored values into what the entry form starts from.

const asText = (value: { toString(): string } | null) => (value === null ? "" : value.toString());

export function observationFormValues(observation: StoredObservation): ObservationValues {
  return {
    foot: observation.foot,
    region: observation.region,
    kind: observation.kind,
    customKind: observation.customKind,
    pain: asText(observation.pain),
    note: observation.note,
  };
}

export function newEntryFormValues(now: Date, timeZone: string, pain?: number): EntryFormValues {
  const { date, time } = localDateTimeOf(now, timeZone);
  return {
    date,
    time,
    pain: pain === undefined ? undefined : String(pain),
    fatigue: "",
    observations: [],
    careKind: "NONE",
    careMinutes: "",
    lotionUsed: false,
    leftTempC: "",
    rightTempC: "",
    notes: "",
    photos: [],
  };
}

export function entryFormValues(entry: EntryWithDetail): EntryFormValues {
  const { date, time } = localDateTimeOf(entry.recordedAt, entry.timeZone);
  return {
    date,
    time,
    pain: String(entry.pain),
    fatigue: asText(entry.fatigue),
    observations: entry.observations.map(observationFormValues),
    careKind: entry.careKind,
    careMinutes: asText(entry.careMinutes),
    lotionUsed: entry.lotionUsed,
    leftTempC: asText(entry.leftTempC),
    rightTempC: asText(entry.rightTempC),
    notes: entry.notes,
    photos: entry.photos.map((photo) => ({ id: photo.id, thumbnailUrl: photoUrl(photo.id, "thumb"), foot: photo.foot, region: photo.region, caption: photo.caption })),
  };
}
