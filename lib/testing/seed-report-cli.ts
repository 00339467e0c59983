import { db } from "../db/client";
import { seedReportJournal } from "./report-journal";

// `tsx lib/testing/seed-report-cli.ts <email> <days> <photos>`: seeds the known journal for an
// existing account in the database the environment names, and prints what it wrote as JSON. The
// end-to-end tests run it as a child process, since Playwright's loader cannot import next/*.
const [email, days, photos] = process.argv.slice(2);
if (!email || !days || !photos) {
  console.error("usage: tsx lib/testing/seed-report-cli.ts <email> <days> <photos>");
  process.exit(2);
}
const user = await db().user.findUniqueOrThrow({ where: { email } });
const journal = await seedReportJournal(user.id, { timeZone: user.timeZone, days: Number(days), photos: Number(photos) });
console.log(JSON.stringify({ userId: user.id, timeZone: user.timeZone, ...journal }));
await db().$disconnect();
