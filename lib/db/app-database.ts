import { readFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrations/apply-migrations";
import type { Env } from "../env";

export const EMBEDDED_DATABASE = "footnote";
const EMBEDDED_CREDENTIALS = "footnote:footnote";

export type AppDatabase = { url: string; description: string; stop: () => Promise<void> };

/**
 * The database the app (or a script such as the seed) uses, migrated: DATABASE_URL when set;
 * otherwise the embedded PostgreSQL under DATA_DIR — the one `npm start` already runs, or a new one.
 */
export async function openAppDatabase(config: Env, log: (line: string) => void): Promise<AppDatabase> {
  const database = await connect(config, log);
  const { applied } = await applyMigrations(database.url);
  log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database is up to date.");
  return database;
}

async function connect(config: Env, log: (line: string) => void): Promise<AppDatabase> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, description: "DATABASE_URL", stop: async () => {} };
  const dataDir = path.join(config.DATA_DIR, "pg");
  const runningPort = await portOfRunningServer(dataDir);
  if (runningPort) {
    return { url: embeddedUrl(runningPort), description: `the running embedded PostgreSQL on port ${runningPort}`, stop: async () => {} };
  }
  const postgres = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, database: EMBEDDED_DATABASE, log });
  return { url: postgres.url, description: `embedded PostgreSQL on 127.0.0.1:${postgres.port}, data in ${dataDir}`, stop: postgres.stop };
}

function embeddedUrl(port: number): string {
  return `postgresql://${EMBEDDED_CREDENTIALS}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

/** PostgreSQL's lock file names the server's process and port; the server is ours to share while that process lives. */
async function portOfRunningServer(dataDir: string): Promise<number | null> {
  const lock = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => null);
  if (!lock) return null;
  const [pidLine, , , portLine] = lock.split("\n");
  try {
    process.kill(Number(pidLine), 0);
    return Number(portLine) || null;
  } catch {
    return null;
  }
}
