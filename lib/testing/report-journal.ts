import type { Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";
import { saveHealthProfile } from "../health-profile/health-profile";
import { createEntry } from "../journal/create-entry";
import { makeEntrySchema } from "../journal/schemas";
import { uploadPhoto } from "../photos/upload-photo";
import { addLocalDays } from "../time/calendar";
import { localDateOf } from "../time/local-day";
import sharp from "sharp";
import { ownerAccess } from "../journals/policy";

// A known journal for the report's tests and benchmark: one check a day (every tenth day missed),
// pain cycling 2–5, one day of strong pain with an open sore, dry skin on the left heel every
// third day, and `photos` photos of the left heel spread over the period.

export type SeededJournal = { pains: number[]; localDates: string[]; photoIds: string[]; redFlagDate: string; from: string; to: string };

export async function seedReportJournal(userId: string, options: { timeZone: string; days: number; photos: number; now?: Date }): Promise<SeededJournal> {
  const now = options.now ?? new Date();
  const schema = makeEntrySchema({ timeZone: options.timeZone, now: () => now });
  await saveHealthProfile(userId, {
    conditions: ["DIABETES"],
    otherCondition: "",
    surgeryDate: null,
    massageCleared: false,
    iwgdfRisk: 2,
    professionalCheckReminder: false,
    clinicianName: "Dr Ada Lovelace",
    clinicianContact: "Riverside Clinic",
    dateOfBirth: "1950-02-03",
  });
  const pains: number[] = [];
  const localDates: string[] = [];
  const photoIds: string[] = [];
  const photoDays = new Set(Array.from({ length: options.photos }, (_, i) => Math.floor((i * options.days) / Math.max(1, options.photos))));
  let redFlagDate = "";
  const from = addLocalDays(localDateOf(now, options.timeZone), -(options.days - 1));
  for (let day = 0; day < options.days; day++) {
    const date = addLocalDays(from, day);
    if (day % 10 === 9 && !photoDays.has(day)) continue;
    const strong = day === 5;
    const pain = strong ? 8 : (day % 4) + 2;
    const observations: { foot: Foot; region: FootRegion; kind: ObservationKind; pain: string; customKind: string; note: string }[] = [];
    if (day % 3 === 0) observations.push({ foot: "LEFT", region: "HEEL", kind: "DRY_SKIN", pain: "", customKind: "", note: "" });
    if (strong) {
      observations.push({ foot: "RIGHT", region: "BALL", kind: "OPEN_SORE", pain: "6", customKind: "", note: "" });
      redFlagDate = date;
    }
    const photos = [];
    if (photoDays.has(day)) {
      const bytes = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 180, g: 90 + (day % 80), b: 70 } } }).jpeg().toBuffer();
      const photo = await uploadPhoto(ownerAccess(userId), bytes, { foot: "LEFT", region: "HEEL" });
      photoIds.push(photo.id);
      photos.push({ id: photo.id, foot: "LEFT" as const, region: "HEEL" as const, caption: `Heel, day ${day + 1}` });
    }
    const input = schema.parse({
      date,
      time: "00:00",
      pain: String(pain),
      fatigue: "",
      observations,
      careKind: day % 7 === 0 ? "SELF" : "NONE",
      careMinutes: day % 7 === 0 ? "10" : "",
      lotionUsed: day % 7 === 0,
      temperatures: day === 5 ? { LEFT: { HEEL: "33.4" }, RIGHT: { HEEL: "30.8" } } : undefined,
      notes: strong ? "Sore under the right foot, rang the clinic." : "",
      photos,
    });
    await createEntry(ownerAccess(userId), options.timeZone, input);
    pains.push(pain);
    localDates.push(date);
  }
  return { pains, localDates, photoIds, redFlagDate, from, to: localDateOf(now, options.timeZone) };
}
