// Reminder throughput: 10,000 due occurrences for 2,000 users in varied time zones, dispatched and
// delivered to a loopback SMTP server by the real worker (pg-boss, pooled nodemailer).
//   npm run bench:reminders                 (10,000 occurrences, 2,000 users)
//   npm run bench:reminders -- 2000 400     (occurrences, users)
// Starts its own embedded PostgreSQL in a temporary folder. Prints throughput, duplicates, losses.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { setForThisProcess } from "../lib/env";

const occurrences = Number(process.argv[2] ?? 10_000);
const userCount = Number(process.argv[3] ?? 2_000);
const ZONES = ["Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Australia/Lord_Howe", "Australia/Sydney", "Europe/Berlin", "Pacific/Auckland", "UTC"];

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
      REMINDER_SEND_BATCH_SIZE: "50",
      REMINDER_SEND_WORKERS: "4",
      JOB_POLLING_INTERVAL_SECONDS: "0.5",
    });
    const { db } = await import("../lib/db/client");
    const { startWorker } = await import("../lib/worker/start-worker");

    const users = Array.from({ length: userCount }, (_, index) => ({ id: `bench-user-${index}`, email: `bench-${index}@example.com`, name: `Bench ${index}`, timeZone: ZONES[index % ZONES.length]! }));
    await db().user.createMany({ data: users });
    const dueAt = new Date(Date.now() - 30_000);
    for (let start = 0; start < occurrences; start += 5_000) {
      await db().reminder.createMany({
        data: Array.from({ length: Math.min(5_000, occurrences - start) }, (_, offset) => {
          const user = users[(start + offset) % users.length]!;
          return { userId: user.id, kind: "SELF_CHECK" as const, frequency: "DAILY" as const, weekdays: [], localTime: "08:00", timeZone: user.timeZone, startDate: new Date("2026-01-01T00:00:00Z"), nextOccurrenceAt: dueAt };
        }),
      });
    }
    console.log(`Node ${process.version}, ${os.cpus().length} cores; ${occurrences} due occurrences for ${userCount} users in ${ZONES.length} zones`);

    const started = performance.now();
    const worker = await startWorker({ schedule: false, runAtStart: true });
    const dispatchedMs = performance.now() - started;
    let sent = 0;
    while (sent < occurrences) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      sent = await db().delivery.count({ where: { status: "SENT" } });
      if (performance.now() - started > 10 * 60_000) break;
    }
    const elapsed = (performance.now() - started) / 1000;
    await worker.stop();

    const deliveries = await db().delivery.findMany({ select: { id: true } });
    const lost = deliveries.filter((delivery) => !received.has(`<reminder-${delivery.id}@localhost>`)).length + (occurrences - deliveries.length);
    const duplicates = [...received.values()].reduce((sum, count) => sum + count - 1, 0);
    console.log(`dispatched (deliveries recorded, jobs enqueued): ${(dispatchedMs / 1000).toFixed(1)} s`);
    console.log(`delivered: ${received.size} in ${elapsed.toFixed(1)} s → ${Math.round((received.size / elapsed) * 60).toLocaleString("en")} per minute`);
    console.log(`duplicates: ${duplicates}`);
    console.log(`lost: ${lost}`);
    await db().$disconnect();
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
