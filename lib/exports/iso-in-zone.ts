import { TZDate } from "@date-fns/tz";
import { formatISO } from "date-fns";

/** An instant as ISO 8601 with the offset of `timeZone` at that instant: "2026-03-08T09:15:00-05:00". */
export function isoInZone(instant: Date, timeZone: string): string {
  return formatISO(new TZDate(instant.getTime(), timeZone));
}
