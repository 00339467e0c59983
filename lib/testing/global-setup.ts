import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import webpush from "web-push";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { applyMigrations } from "../db/migrations/apply-migrations";

// One real PostgreSQL per test run, in a fresh temporary folder, with the migrations applied.
// Its URL reaches the test workers through the environment they inherit.
export default async function setup() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "footnote-test-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: 0, database: "footnote_test" });
  await applyMigrations(postgres.url);
  process.env.DATABASE_URL = postgres.url;
  // Photos and anything else written to the data folder stay in this run's temporary folder.
  process.env.DATA_DIR = dataDir;
  process.env.TEST_ADMIN_DATABASE_URL = postgres.url.replace(/\/footnote_test$/, "/postgres");
  process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-at-least-32-characters-long";
  const vapid = webpush.generateVAPIDKeys();
  process.env.VAPID_PUBLIC_KEY ??= vapid.publicKey;
  process.env.VAPID_PRIVATE_KEY ??= vapid.privateKey;

  return async () => {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
