import { photoUrl } from "../photos/schemas";
import { localDateTimeOf } from "../time/local-day";
import type { EntryWithDetail } from "./queries";
import type { EntryFormValues } from "./schemas";

type ObservationValues = EntryFormValues["observations"][number];
type StoredObservation = { foot: string; region: string; kind: string; customKind: string; pain: number | null; note: string };

// Form fields hold strings; these turn stored values into what the entry form starts from.

export function observationFormValues(observation: StoredObservation): ObservationValues {
  return {
    foot: observation.foot,
    region: observation.region,
    kind: observation.kind,
    customKind: observation.customKind,
    pain: observation.pain === null ? "" : String(observation.pain),
    note: observation.note,
  } as ObservationValues;
}

export function newEntryFormValues(now: Date, timeZone: string, pain?: number): EntryFormValues {
  const { date, time } = localDateTimeOf(now, timeZone);
  return {
    date,
    time,
    pain: (pain === undefined ? undefined : String(pain)) as unknown as number,
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
    pain: String(entry.pain) as unknown as number,
    fatigue: entry.fatigue === null ? "" : String(entry.fatigue),
    observations: entry.observations.map(observationFormValues),
    careKind: entry.careKind,
    careMinutes: entry.careMinutes === null ? "" : String(entry.careMinutes),
    lotionUsed: entry.lotionUsed,
    leftTempC: entry.leftTempC === null ? "" : entry.leftTempC.toString(),
    rightTempC: entry.rightTempC === null ? "" : entry.rightTempC.toString(),
    notes: entry.notes,
    photos: entry.photos.map((photo) => ({ id: photo.id, thumbnailUrl: photoUrl(photo.id, "thumb"), foot: photo.foot, region: photo.region, caption: photo.caption })),
  };
}
