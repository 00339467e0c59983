import type { EntryFormValues } from "../journal/schemas";
import { createEntry } from "../journal/create-entry";
import { makeEntrySchema } from "../journal/schemas";
import { ownerAccess } from "../journals/policy";
import { addLocalDays } from "../time/calendar";
import { localDateOf } from "../time/local-day";

// A known journal for the Trends end-to-end tests, written through the app's own services. Days
// count back from today in the person's zone, so the figures are the same whenever it runs.

type Check = { daysAgo: number; pain: string; observations?: EntryFormValues["observations"]; careKind?: "SELF" };
const observation = (foot: "LEFT" | "RIGHT", region: "HEEL" | "TOES" | "BALL", kind: "REDNESS" | "BLISTER" | "TINGLING", pain: string) => ({ foot, region, kind, pain, customKind: "", note: "" });

const JOURNALS = {
  // 30 days: pain 6, 4, 2 (mean 4.0); the 30 days before: 8. Left heel twice, right toes once.
  full: [
    { daysAgo: 1, pain: "6", observations: [observation("LEFT", "HEEL", "REDNESS", "5")], careKind: "SELF" },
    { daysAgo: 2, pain: "4", observations: [observation("LEFT", "HEEL", "REDNESS", "3")] },
    { daysAgo: 3, pain: "2", observations: [observation("RIGHT", "TOES", "BLISTER", "2")] },
    { daysAgo: 40, pain: "8", observations: [observation("LEFT", "BALL", "TINGLING", "6")] },
  ],
  sparse: [{ daysAgo: 1, pain: "3" }],
} satisfies Record<string, Check[]>;

export async function seedTrendsJournal(user: { id: string; timeZone: string }, journal: keyof typeof JOURNALS) {
  const schema = makeEntrySchema({ timeZone: user.timeZone });
  for (const check of JOURNALS[journal] as Check[]) {
    const input = schema.parse({
      date: addLocalDays(localDateOf(new Date(), user.timeZone), -check.daysAgo),
      time: "09:00",
      pain: check.pain,
      fatigue: "",
      observations: check.observations ?? [],
      careKind: check.careKind ?? "NONE",
      careMinutes: check.careKind ? "10" : "",
      lotionUsed: false,
      notes: "",
      photos: [],
    });
    await createEntry(ownerAccess(user.id), user.timeZone, input);
  }
}
