// Whether signing up tells anyone that an address has an account, by its timing: requestSignUp for
// an address with an account and for new ones, alternated, through the real service (argon2,
// PostgreSQL, mail to the outbox).
//   npm run bench:sign-up [rounds=40]
// Starts its own embedded PostgreSQL in a temporary folder. Target: medians within noise (< 5 ms).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { setForThisProcess } from "../lib/env";

const rounds = Number(process.argv[2] ?? 40);
const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!.toFixed(1);
  return { median: Number(at(0.5)), text: `median ${at(0.5)} ms, p10 ${at(0.1)} ms, p90 ${at(0.9)} ms` };
};

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "footnote-bench-sign-up-"));
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: 0, database: "footnote_bench" });
  try {
    await applyMigrations(postgres.url);
    setForThisProcess({ DATABASE_URL: postgres.url, DATA_DIR: dataDir, NEXTAUTH_SECRET: "bench-secret-that-is-at-least-32-characters", LOG_LEVEL: "warn" });
    const { createTestUser, uniqueEmail, TEST_PASSWORD } = await import("../lib/testing/factories");
    const { signUpSchema } = await import("../lib/auth/schemas");
    const { requestSignUp } = await import("../lib/auth/sign-up");
    const { closeDb } = await import("../lib/db/client");
    const existing = await createTestUser();
    const input = (email: string) => signUpSchema.parse({ name: "Bench", email, password: TEST_PASSWORD, timeZone: "UTC" });
    await requestSignUp(input(uniqueEmail("warm-up")));
    const times = { existing: [] as number[], fresh: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      for (const kind of round % 2 ? (["existing", "fresh"] as const) : (["fresh", "existing"] as const)) {
        const started = performance.now();
        await requestSignUp(input(kind === "existing" ? existing.email : uniqueEmail("fresh")));
        times[kind].push(performance.now() - started);
      }
    }
    const [known, fresh] = [stats(times.existing), stats(times.fresh)];
    console.log(`sign-up, address with an account: ${known.text}`);
    console.log(`sign-up, new address:             ${fresh.text}`);
    console.log(`difference of medians: ${Math.abs(known.median - fresh.median).toFixed(1)} ms over ${rounds} rounds each`);
    await closeDb();
  } finally {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
