import { readFileSync } from "node:fs";

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
