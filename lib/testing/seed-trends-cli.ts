// A known journal for the Trends end-to-end tests, written through the app's own services into the
// database of the app the tests run (found from DATA_DIR, as `npm run seed` finds it):
//   DATA_DIR=.data/e2e tsx lib/testing/seed-trends-cli.ts <email> [full|sparse]
// Days count back from today in the person's zone, so the figures are the same whenever it runs.
import { env, setForThisProcess } from "../env";
import type { EntryFormValues } from "../journal/schemas";
import { openAppDatabase } from "../db/app-database";
import { loadOrCreateSessionSecret } from "../launcher/session-secret";
import { ownerAccess } from "../journals/policy";

type Check = { daysAgo: number; pain: string; observations?: EntryFormValues["observations"]; careKind?: "SELF" };
const observation = (foot: "LEFT" | "RIGHT", region: "HEEL" | "TOES" | "BALL", kind: "REDNESS" | "BLISTER" | "TINGLING", pain: string) => ({ foot, region, kind, pain, customKind: "", note: "" });

export const E2E_JOURNALS: Record<string, Check[]> = {
  // 30 days: pain 6, 4, 2 (mean 4.0); the 30 days before: 8. Left heel twice, right toes once.
  full: [
    { daysAgo: 1, pain: "6", observations: [observation("LEFT", "HEEL", "REDNESS", "5")], careKind: "SELF" },
    { daysAgo: 2, pain: "4", observations: [observation("LEFT", "HEEL", "REDNESS", "3")] },
    { daysAgo: 3, pain: "2", observations: [observation("RIGHT", "TOES", "BLISTER", "2")] },
    { daysAgo: 40, pain: "8", observations: [observation("LEFT", "BALL", "TINGLING", "6")] },
  ],
  sparse: [{ daysAgo: 1, pain: "3" }],
};

const [email, journal = "full"] = process.argv.slice(2);
const checks = E2E_JOURNALS[journal];
if (!email || !checks) {
  console.error("usage: tsx lib/testing/seed-trends-cli.ts <email> [full|sparse]");
  process.exit(2);
}
const config = env();
const database = await openAppDatabase(config, () => {});
setForThisProcess({ DATABASE_URL: database.url, NEXTAUTH_SECRET: config.NEXTAUTH_SECRET ?? (await loadOrCreateSessionSecret(config.DATA_DIR)) });
const { db } = await import("../db/client");
const { createEntry } = await import("../journal/create-entry");
const { makeEntrySchema } = await import("../journal/schemas");
const { localDateOf } = await import("../time/local-day");
const { addLocalDays } = await import("../time/calendar");
try {
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, timeZone: true } });
  const schema = makeEntrySchema({ timeZone: user.timeZone });
  for (const check of checks) {
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
} finally {
  await db().$disconnect();
  await database.stop();
}
