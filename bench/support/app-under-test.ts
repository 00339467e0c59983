// The production build served by `next start` on its own embedded PostgreSQL (in a temporary
// folder), with one person's year of daily checks seeded through the app's services and a signed-in
// session cookie, for the benchmarks that drive pages (bench:http, bench:lighthouse).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { applyMigrations } from "../../lib/db/migrations/apply-migrations";
import { childEnv, setForThisProcess } from "../../lib/env";

export type AppUnderTest = { url: string; cookie: string; checks: number; stop: () => Promise<void> };

export async function startAppUnderTest(options: { days?: number; photos?: number } = {}): Promise<AppUnderTest> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` first.");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "footnote-bench-app-"));
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: 0, database: "footnote_bench" });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const settings = { DATABASE_URL: postgres.url, DATA_DIR: dataDir, NEXTAUTH_SECRET: "bench-secret-that-is-at-least-32-characters", PORT: String(port), LOG_LEVEL: "warn" };
  setForThisProcess(settings);
  await applyMigrations(postgres.url);
  const app = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    env: childEnv({ ...settings, NEXTAUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = async () => {
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
    const { closeDb } = await import("../../lib/db/client");
    await closeDb();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const { createTestUser, TEST_PASSWORD } = await import("../../lib/testing/factories");
    const { seedReportJournal } = await import("../../lib/testing/report-journal");
    const user = await createTestUser({ name: "Bench Person", timeZone: "Europe/London" });
    const journal = await seedReportJournal(user.id, { timeZone: "Europe/London", days: options.days ?? 365, photos: options.photos ?? 0 });
    for (let waited = 0; !(await fetch(`${url}/`).then((response) => response.ok, () => false)); waited += 250) {
      if (waited > 60_000) throw new Error("the app did not start");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return { url, cookie: await signIn(url, user.email, TEST_PASSWORD), checks: journal.pains.length, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** next-auth's own password sign-in, as the browser does it: the CSRF token, then the form. */
async function signIn(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url, Cookie: csrfCookie },
    body: new URLSearchParams({ email, password, csrfToken, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed (${response.status})`);
  return session.split(";")[0]!;
}
