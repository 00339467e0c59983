import { db } from "../db/client";
import type { CareKind, Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";
import { saveHealthProfile } from "../health-profile/health-profile";
import { createEntry } from "../journal/create-entry";
import { makeEntrySchema } from "../journal/schemas";
import { removeStoredPhotos, uploadPhoto } from "../photos/upload-photo";
import { createAccount } from "../auth/sign-up";
import { addLocalDays } from "../time/calendar";
import { localDateOf } from "../time/local-day";
import { TEMPERATURE_SITES, type MeasuredSite } from "../foot-health/vocabulary";
import { DEMO_EMAIL, DEMO_PASSWORD } from "./demo-credentials";
import { demoSkinPhoto } from "./demo-photo";
import { ownerAccess } from "../journals/policy";

const DEMO_ZONE = "Europe/London";
export const DEMO_DAYS = 120;

type Observation = { foot: Foot; region: FootRegion; kind: ObservationKind; pain: number | null };

/** A small deterministic random generator, so every seed gives the same journal. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

/**
 * Replaces the demo account with a fresh one: a person with diabetes and neuropathy, 120 days of
 * checks in which things come and go — a red, warm left heel that flares and settles (with photos),
 * a blister, dry heels, a yellowing toenail — care sessions, and skin temperatures.
 */
export async function createDemoAccount(options: { now?: Date; log?: (line: string) => void } = {}) {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  await deleteDemoAccount();

  const { userId } = await createAccount({ name: "Margaret (demo)", email: DEMO_EMAIL, password: DEMO_PASSWORD, timeZone: DEMO_ZONE });
  await saveHealthProfile(userId, {
    conditions: ["DIABETES", "NEUROPATHY"],
    otherCondition: "",
    surgeryDate: null,
    massageCleared: false,
    iwgdfRisk: 2,
    professionalCheckReminder: false,
    clinicianName: "Dr Amira Patel, podiatrist",
    clinicianContact: "Riverside Foot Clinic, 0161 496 0000",
    dateOfBirth: "1953-04-12",
  });

  const next = random(20261126);
  const schema = makeEntrySchema({ timeZone: DEMO_ZONE, now: () => now });
  // The 120 days before today: today's check is left for the visitor to try.
  const firstDay = addLocalDays(localDateOf(now, DEMO_ZONE), -DEMO_DAYS);
  let entries = 0;
  let photos = 0;

  for (let day = 0; day < DEMO_DAYS; day++) {
    if (next() < 0.08) continue; // a missed day now and then
    const date = addLocalDays(firstDay, day);
    const flare = day >= 40 && day <= 58 ? Math.sin(((day - 40) / 18) * Math.PI) : 0;
    const observations: Observation[] = [];
    if (flare > 0.15) {
      observations.push({ foot: "LEFT", region: "HEEL", kind: "REDNESS", pain: Math.round(3 + flare * 4) });
      if (flare > 0.6) observations.push({ foot: "LEFT", region: "HEEL", kind: "WARMTH", pain: null });
    }
    if (day >= 72 && day <= 78) observations.push({ foot: "RIGHT", region: "TOES", kind: "BLISTER", pain: day < 75 ? 4 : 2 });
    if (day % 9 < 4) observations.push({ foot: next() < 0.5 ? "LEFT" : "RIGHT", region: "HEEL", kind: "DRY_SKIN", pain: null });
    if (day >= 20) observations.push({ foot: "RIGHT", region: "TOENAILS", kind: "YELLOWISH_TOENAIL", pain: null });
    if (next() < 0.25) observations.push({ foot: next() < 0.5 ? "LEFT" : "RIGHT", region: "BALL", kind: next() < 0.5 ? "TINGLING" : "NUMBNESS", pain: 1 + Math.floor(next() * 3) });

    const pain = Math.max(0, Math.min(10, Math.round(3.2 - day / 60 + flare * 4 + (next() - 0.5) * 2)));
    const careKind: CareKind = day % 7 === 2 || day % 7 === 5 ? "SELF" : day % 28 === 10 ? "PROFESSIONAL" : "NONE";
    const measured = next() < 0.7;
    const baseTemperature = 30 + next();
    const checksToday = next() < 0.15 ? 2 : 1;

    for (let check = 0; check < checksToday; check++) {
      const photoIds: { id: string; foot: Foot; region: FootRegion; caption: string }[] = [];
      if (check === 0 && flare > 0.15 && day % 3 === 0) {
        const photo = await uploadPhoto(ownerAccess(userId), await demoSkinPhoto({ redness: flare * 5, seed: day }), { foot: "LEFT", region: "HEEL" });
        photoIds.push({ id: photo.id, foot: "LEFT", region: "HEEL", caption: `Left heel, day ${day - 39} of the flare` });
        photos++;
      }
      const input = schema.parse({
        date,
        time: check === 0 ? `0${7 + Math.floor(next() * 2)}:${String(Math.floor(next() * 60)).padStart(2, "0")}` : "21:15",
        pain: String(check === 0 ? pain : Math.max(0, pain - 1)),
        fatigue: next() < 0.6 ? String(Math.round(2 + next() * 4)) : "",
        observations: observations.map((o) => ({ ...o, pain: o.pain === null ? "" : String(o.pain), customKind: "", note: "" })),
        careKind: check === 0 ? careKind : "NONE",
        careMinutes: careKind === "NONE" || check > 0 ? "" : careKind === "PROFESSIONAL" ? "30" : String(10 + Math.floor(next() * 10)),
        lotionUsed: careKind !== "NONE",
        // The six IWGDF spots; the flare warms the left heel and, less, the left midfoot.
        temperatures: measured && check === 0 ? demoTemperatures(baseTemperature, flare) : undefined,
        notes: flare > 0.8 && check === 0 ? "Heel feels warm and sore. Rang the clinic." : day === 75 ? "Blister from the new shoes; covered it." : "",
        photos: photoIds,
      });
      await createEntry(ownerAccess(userId), DEMO_ZONE, input);
      entries++;
    }
  }
  log(`Demo account ${DEMO_EMAIL} (password ${DEMO_PASSWORD}): ${entries} checks over ${DEMO_DAYS} days, ${photos} photos.`);
  return { userId, entries, photos };
}

async function deleteDemoAccount() {
  const existing = await db().user.findUnique({ where: { email: DEMO_EMAIL }, select: { id: true } });
  if (!existing) return;
  const photos = await db().photo.findMany({ where: { userId: existing.id }, select: { storageKey: true, thumbnailKey: true } });
  await db().user.delete({ where: { id: existing.id } });
  await removeStoredPhotos(photos.flatMap((photo) => [photo.storageKey, photo.thumbnailKey]));
}

function demoTemperatures(base: number, flare: number) {
  const foot = (warmth: Partial<Record<MeasuredSite, number>>) =>
    Object.fromEntries(TEMPERATURE_SITES.map((site, index) => [site, (base - index * 0.2 + (warmth[site] ?? 0)).toFixed(1)]));
  return { LEFT: foot({ HEEL: flare * 2.6, MIDFOOT: flare * 1.2 }), RIGHT: foot({}) };
}
