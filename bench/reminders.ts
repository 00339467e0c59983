// Reminders at scale: due occurrences for people in varied time zones (five rules each: one daily
// self-check, the rest care and custom reminders; each person has a month of past checks), all
// due at once as after a busy minute. Times the dispatcher (claims, Delivery rows, rule updates and
// send jobs, set-wise) and then the real worker delivering every email to a loopback SMTP server
// (pg-boss, pooled nodemailer), and counts duplicates and losses by Message-ID.
//   npm run bench:reminders                  (100,000 occurrences for 20,000 people)
//   npm run bench:reminders -- 10000         (10,000 for 2,000)
//   npm run bench:reminders -- 10000 500     (occurrences, people)
// Starts its own embedded PostgreSQL in a temporary folder. Target: 100,000 dispatched in ≤ 30 s,
// all delivered, 0 duplicates, 0 lost.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { setForThisProcess } from "../lib/env";

const occurrences = Number(process.argv[2] ?? 100_000);
const userCount = Number(process.argv[3] ?? Math.max(1, Math.round(occurrences / 5)));
const TARGET_PER_SECOND = Math.ceil(100_000 / 30);
const DELIVERY_LIMIT_MS = 15 * 60_000;
const ZONES = ["Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Australia/Lord_Howe", "Australia/Sydney", "Europe/Berlin", "Pacific/Auckland", "UTC"];

/** Users, a month of past checks each, and `occurrences` rules (one self-check per person first) due 30 s ago. */
async function seed(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await pool.query(
      `INSERT INTO "User" (id, email, name, "timeZone", "updatedAt")
       SELECT 'bench-user-' || n, 'bench-' || n || '@example.com', 'Bench ' || n, ($2::text[])[1 + n % array_length($2::text[], 1)], now()
         FROM generate_series(0, $1 - 1) AS n`,
      [userCount, ZONES],
    );
    await pool.query(
      `INSERT INTO "Entry" (id, "userId", "recordedAt", "localDate", "timeZone", pain, "updatedAt")
       SELECT u.id || '-' || d, u.id, (current_date - d) + time '07:30', current_date - d, u."timeZone", d % 10, now()
         FROM "User" u CROSS JOIN generate_series(2, 31) AS d`,
    );
    await pool.query(
      `INSERT INTO "Reminder" (id, "userId", kind, frequency, weekdays, "localTime", "timeZone", "startDate", "nextOccurrenceAt", "updatedAt")
       SELECT 'bench-rule-' || n, u.id,
              (CASE WHEN n < $2 THEN 'SELF_CHECK' WHEN n % 2 = 0 THEN 'CARE_ROUTINE' ELSE 'CUSTOM' END)::"ReminderKind",
              'DAILY', '{}', '08:00', u."timeZone", date '2026-01-01', now() - interval '30 seconds', now()
         FROM generate_series(0, $1 - 1) AS n
         JOIN "User" u ON u.id = 'bench-user-' || (n % $2)`,
      [occurrences, userCount],
    );
    await pool.query(`ANALYZE`);
  } finally {
    await pool.end();
  }
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "footnote-bench-reminders-"));
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: 0, database: "footnote_bench" });
  const received = new Map<string, number>();
  const smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 4000) head += chunk.toString();
      });
      stream.on("end", () => {
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(head)?.[1] ?? "?";
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  try {
    await applyMigrations(postgres.url);
    setForThisProcess({
      DATABASE_URL: postgres.url,
      SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      NEXTAUTH_SECRET: "bench-secret-that-is-at-least-32-characters",
      NEXTAUTH_URL: "http://localhost:3000",
      LOG_LEVEL: "warn",
      DB_POOL_MAX: "20",
      SMTP_MAX_CONNECTIONS: "20",
      REMINDER_SEND_BATCH_SIZE: "100",
      REMINDER_SEND_WORKERS: "4",
      JOB_POLLING_INTERVAL_SECONDS: "0.5",
    });
    let started = performance.now();
    await seed(postgres.url);
    console.log(`Node ${process.version}, ${os.cpus().length} cores; ${occurrences.toLocaleString("en")} due occurrences for ${userCount.toLocaleString("en")} people in ${ZONES.length} zones (seeded in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

    const { db, closeDb } = await import("../lib/db/client");
    const { startWorker } = await import("../lib/worker/start-worker");
    const { dispatchDueReminders } = await import("../lib/reminders/dispatch");
    // The send loops run from the start, as in a live worker: dispatch shares the machine with them.
    const worker = await startWorker({ schedule: false, runAtStart: false });
    started = performance.now();
    const summary = await dispatchDueReminders(worker);
    const dispatchedMs = performance.now() - started;
    console.log(`dispatched: ${summary.rules.toLocaleString("en")} rules → ${summary.queued.toLocaleString("en")} queued, ${summary.skipped} skipped, ${summary.missed} missed in ${(dispatchedMs / 1000).toFixed(1)} s (${Math.round(summary.rules / (dispatchedMs / 1000)).toLocaleString("en")} per second)`);

    let sent = 0;
    while (sent < summary.queued && performance.now() - started < DELIVERY_LIMIT_MS) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      sent = await db().delivery.count({ where: { status: "SENT" } });
    }
    const elapsed = (performance.now() - started) / 1000;
    await worker.stop();

    const deliveries = await db().delivery.findMany({ select: { id: true } });
    const lost = deliveries.filter((delivery) => !received.has(`<reminder-${delivery.id}@localhost>`)).length + (occurrences - deliveries.length);
    const duplicates = [...received.values()].reduce((sum, count) => sum + count - 1, 0);
    console.log(`delivered: ${received.size.toLocaleString("en")} in ${elapsed.toFixed(1)} s from the start of dispatch → ${Math.round((received.size / elapsed) * 60).toLocaleString("en")} per minute`);
    console.log(`duplicates: ${duplicates}`);
    console.log(`lost: ${lost}`);
    const rateMet = summary.rules / (dispatchedMs / 1000) >= TARGET_PER_SECOND;
    console.log(rateMet && lost === 0 && duplicates === 0 ? `target met: ≥ ${TARGET_PER_SECOND.toLocaleString("en")} dispatched per second (100,000 in 30 s), all delivered once` : "TARGET MISSED");
    await closeDb();
  } finally {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
