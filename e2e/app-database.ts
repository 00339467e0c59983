import { readFileSync } from "node:fs";
import pg from "pg";

// The test server's own database and secret (the embedded PostgreSQL under .data/e2e), for specs
// that seed through lib/ or read what the app stored.

export const DATA_DIR = ".data/e2e";

export function appDatabaseEnv() {
  // PostgreSQL's lock file: its fourth line is the port the test server's database listens on.
  const port = readFileSync(`${DATA_DIR}/pg/postmaster.pid`, "utf8").split("\n")[3];
  return {
    DATABASE_URL: `postgresql://footnote:footnote@127.0.0.1:${port}/footnote`,
    DATA_DIR,
    NEXTAUTH_SECRET: readFileSync(`${DATA_DIR}/session-secret`, "utf8").trim(),
  };
}

/** lib/ in this process, on the test server's database. */
export async function appLib() {
  const { setForThisProcess } = await import("../lib/env");
  setForThisProcess(appDatabaseEnv());
  const [{ db }, { photoStorage }] = await Promise.all([import("../lib/db/client"), import("../lib/photos/photo-storage")]);
  return { db, photoStorage };
}

/**
 * Counts, for one user, the rows of every table of the app — its own rows: by the userId column,
 * and in the tables without one by its id, its address or its rate-limit keys (other tests run at
 * the same time, and other people's reminders may fire meanwhile) — and, where rows have an id,
 * which ids they are, so a row deleted and made again shows too. One connection for all the counts
 * a test takes.
 */
const EMAIL = `(SELECT email FROM "User" WHERE id = $1)`;
/** How a table without a userId column names the user's rows. */
const OWN_ROWS: Record<string, string> = {
  User: "id = $1",
  PendingSignUp: `email = ${EMAIL}`,
  VerificationToken: `identifier = ${EMAIL}`,
  OutboxMessage: `"to" = ${EMAIL}`,
  // Keys are "<limit>:<user id, address or IP>"; the IP's rows are shared by every test.
  RateLimit: `(key LIKE '%:' || $1 OR key LIKE '%:' || ${EMAIL})`,
};

export async function rowCounter(userId: string) {
  const client = new pg.Client({ connectionString: appDatabaseEnv().DATABASE_URL });
  await client.connect();
  const { rows: tables } = await client.query<{ table_name: string; has_user: boolean; has_id: boolean }>(`
    SELECT t.table_name,
           EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'userId') AS has_user,
           EXISTS (SELECT 1 FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'id') AS has_id
    FROM information_schema.tables t
    WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'
    ORDER BY 1`);
  const counts = tables.map(({ table_name: table, has_user, has_id }) => {
    const rowsOf = `FROM "${table}" WHERE ${has_user ? `"userId" = $1` : (OWN_ROWS[table] ?? "true")}`;
    const ids = has_id ? ` || ' ' || (SELECT coalesce(md5(string_agg(id, ',' ORDER BY id)), '') ${rowsOf})` : "";
    return `((SELECT count(*) ${rowsOf})::text${ids}) AS "${table}"`;
  });
  return {
    tables: tables.map((table) => table.table_name),
    count: async (): Promise<Record<string, string>> => (await client.query<Record<string, string>>(`SELECT ${counts.join(", ")}`, [userId])).rows[0]!,
    close: () => client.end(),
  };
}

export async function userIdOf(email: string): Promise<string> {
  const client = new pg.Client({ connectionString: appDatabaseEnv().DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

/**
 * The report's known journal (lib/testing/report-journal.ts) for an existing account, written in
 * this process through the app's services: what it wrote, and the account's id and zone.
 */
export async function seedReportJournalOf(email: string, days: number, photos: number) {
  const { db } = await appLib();
  const { seedReportJournal } = await import("../lib/testing/report-journal");
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true, timeZone: true } });
  return { userId: user.id, timeZone: user.timeZone, ...(await seedReportJournal(user.id, { timeZone: user.timeZone, days, photos })) };
}
