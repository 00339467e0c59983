import { describeObservation } from "../journal/describe";
import { CARE_KIND_LABELS, FOOT_LABELS, OBSERVATION_KIND_LABELS, REGION_LABELS, TEMPERATURE_SITE_SHORT_LABELS } from "../foot-health/vocabulary";
import type { ExportData } from "./load-export";
import { isoInZone } from "./iso-in-zone";

// CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet programs read accents right, a
// header row, CRLF line ends, every instant in ISO 8601 with the offset of the entry's own zone.

export const ENTRIES_CSV_NAME = "footnote-entries.csv";
export const OBSERVATIONS_CSV_NAME = "footnote-observations.csv";
export const TEMPERATURES_CSV_NAME = "footnote-temperatures.csv";

type Cell = string | number | boolean | null;

function cell(value: Cell): string {
  if (value === null) return "";
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

export function entriesCsv(data: ExportData): string {
  return toCsv(
    ["entry_id", "recorded_at", "local_date", "time_zone", "pain", "fatigue", "care", "care_minutes", "lotion_used", "temperature_readings", "observations", "photos", "notes"],
    data.entries.map((entry) => [
      entry.id,
      isoInZone(entry.recordedAt, entry.timeZone),
      entry.localDate,
      entry.timeZone,
      entry.pain,
      entry.fatigue,
      entry.careKind === "NONE" ? "" : CARE_KIND_LABELS[entry.careKind],
      entry.careMinutes,
      entry.lotionUsed,
      entry.temperatures.length,
      entry.observations.map(describeObservation).join("; "),
      data.photos.filter((photo) => photo.entryId === entry.id).length,
      entry.notes,
    ]),
  );
}

export function observationsCsv(data: ExportData): string {
  return toCsv(
    ["observation_id", "entry_id", "recorded_at", "local_date", "foot", "region", "kind", "pain", "note"],
    data.entries.flatMap((entry) =>
      entry.observations.map((o) => [
        o.id,
        entry.id,
        isoInZone(entry.recordedAt, entry.timeZone),
        entry.localDate,
        FOOT_LABELS[o.foot],
        REGION_LABELS[o.region],
        o.kind === "OTHER" && o.customKind ? o.customKind : OBSERVATION_KIND_LABELS[o.kind],
        o.pain,
        o.note,
      ]),
    ),
  );
}

/** One row per skin temperature reading: the spot, the foot, °C. */
export function temperaturesCsv(data: ExportData): string {
  return toCsv(
    ["reading_id", "entry_id", "recorded_at", "local_date", "foot", "spot", "celsius"],
    data.entries.flatMap((entry) =>
      entry.temperatures.map((reading) => [
        reading.id,
        entry.id,
        isoInZone(entry.recordedAt, entry.timeZone),
        entry.localDate,
        FOOT_LABELS[reading.foot],
        TEMPERATURE_SITE_SHORT_LABELS[reading.site],
        reading.celsius,
      ]),
    ),
  );
}
