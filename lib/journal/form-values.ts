import type { Foot, FootRegion, ObservationKind, TemperatureSite } from "../generated/prisma/enums";
import { TEMPERATURE_SITES } from "../foot-health/vocabulary";
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

type TemperatureValues = EntryFormValues["temperatures"];

/** Blank fields for the six spots on each foot, filled from the readings given. */
export function temperatureFormValues(readings: readonly { foot: Foot; site: TemperatureSite; celsius: { toString(): string } }[] = []): TemperatureValues {
  const foot = (side: Foot) => {
    const values: Partial<Record<TemperatureSite, string>> = Object.fromEntries(TEMPERATURE_SITES.map((site) => [site, ""]));
    for (const reading of readings) if (reading.foot === side) values[reading.site] = reading.celsius.toString();
    return values;
  };
  return { LEFT: foot("LEFT"), RIGHT: foot("RIGHT") };
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
    temperatures: temperatureFormValues(),
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
    temperatures: temperatureFormValues(entry.temperatures),
    notes: entry.notes,
    photos: entry.photos.map((photo) => ({ id: photo.id, thumbnailUrl: photoUrl(photo.id, "thumb"), foot: photo.foot, region: photo.region, caption: photo.caption })),
  };
}
