import { z } from "zod";

/** IANA zones this runtime knows, plus UTC (which `supportedValuesOf` leaves out). */
export function timeZoneNames(): string[] {
  return ["UTC", ...Intl.supportedValuesOf("timeZone")];
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, "Choose your time zone")
  .refine(isTimeZone, "Choose a time zone from the list, for example Europe/London");
