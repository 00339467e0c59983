import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";
import { waitUntil } from "../testing/wait-until";

// Real worker processes (`node --import tsx scripts/worker.ts`) over the test database: several at
// once, and one killed with SIGKILL mid-batch. Exactly once is checked by Delivery; a resend can
// only come from the crash window between the SMTP server's acceptance and the commit, and then
// carries the same Message-ID.
const smtp = await startSmtpCapture();
vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
const { db } = await import("../db/client");
const { childEnv } = await import("../env");
const { createTestUser } = await import("../testing/factories");
const { clearReminders } = await import("../testing/reminders");

const BATCH = 10;
const LOOPS = 2;
const children = new Set<ChildProcess>();

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: childEnv({
      SMTP_URL: smtp.url,
      NEXTAUTH_URL: "http://localhost:3000",
      LOG_LEVEL: "warn",
      JOB_POLLING_INTERVAL_SECONDS: "0.5",
      JOB_MAINTENANCE_INTERVAL_SECONDS: "1",
      // Short, so a killed worker's claims lapse quickly; long enough that a loaded machine's stalls
      // do not outlast a claim that is still being worked on.
      REMINDER_SEND_TIMEOUT_SECONDS: "10",
      REMINDER_RETRY_DELAY_SECONDS: "1",
      REMINDER_SEND_BATCH_SIZE: String(BATCH),
      REMINDER_SEND_WORKERS: String(LOOPS),
      SMTP_MAX_CONNECTIONS: "5",
    }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

async function stopWorker(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}

afterAll(async () => {
  await Promise.all([...children].map((child) => stopWorker(child, "SIGKILL")));
  await smtp.close();
  vi.unstubAllEnvs();
});

/** `count` rules due a minute ago, for 50 users in a few zones. */
async function seedDueRules(count: number) {
  const zones = ["Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Lord_Howe", "UTC"];
  const users = await Promise.all(Array.from({ length: 50 }, (_, index) => createTestUser({ timeZone: zones[index % zones.length] })));
  const dueAt = new Date(Date.now() - 60_000);
  await db().reminder.createMany({
    data: Array.from({ length: count }, (_, index) => ({
      userId: users[index % users.length]!.id,
      kind: "CARE_ROUTINE" as const,
      frequency: "DAILY" as const,
      weekdays: [],
      localTime: "08:00",
      timeZone: zones[index % zones.length]!,
      startDate: new Date("2026-01-01T00:00:00Z"),
      nextOccurrenceAt: dueAt,
    })),
  });
}

const sentCount = () => db().delivery.count({ where: { status: "SENT" } });

function messageIdCounts() {
  const counts = new Map<string, number>();
  for (const message of smtp.messages) counts.set(message.messageId ?? "", (counts.get(message.messageId ?? "") ?? 0) + 1);
  return counts;
}

beforeEach(async () => {
  await clearReminders();
  smtp.messages.length = 0;
});

describe("worker processes", () => {
  it("two workers over one database deliver 500 due occurrences exactly once", async () => {
    await seedDueRules(500);
    const workers = [startWorker(), startWorker()];
    await waitUntil(async () => (await sentCount()) === 500, "500 sent deliveries", 60_000);
    await Promise.all(workers.map((worker) => stopWorker(worker)));

    const deliveries = await db().delivery.findMany({ select: { id: true, reminderId: true, status: true } });
    expect(deliveries).toHaveLength(500);
    expect(new Set(deliveries.map((delivery) => delivery.reminderId)).size).toBe(500);
    expect(smtp.messages).toHaveLength(500);
    const counts = messageIdCounts();
    expect(counts.size).toBe(500);
    expect(new Set(deliveries.map((delivery) => `<reminder-${delivery.id}@localhost>`))).toEqual(new Set(counts.keys()));
  }, 90_000);

  it("a worker killed with SIGKILL mid-batch and restarted loses none and sends none twice", async () => {
    await seedDueRules(300);
    const first = startWorker();
    await waitUntil(async () => smtp.messages.length >= 40, "the first messages", 60_000);
    await stopWorker(first, "SIGKILL");
    const sentBeforeRestart = smtp.messages.length;
    expect(sentBeforeRestart).toBeLessThan(300);

    const second = startWorker();
    await waitUntil(async () => (await sentCount()) === 300, "300 sent deliveries", 60_000);
    await stopWorker(second);

    const deliveries = await db().delivery.findMany({ select: { id: true, status: true } });
    expect(deliveries).toHaveLength(300);
    expect(deliveries.every((delivery) => delivery.status === "SENT")).toBe(true);
    const counts = messageIdCounts();
    // None lost: every delivery reached the SMTP server, under its own Message-ID.
    expect(new Set(counts.keys())).toEqual(new Set(deliveries.map((delivery) => `<reminder-${delivery.id}@localhost>`)));
    // None twice, except the crash window: a message the server accepted just before the kill,
    // whose delivery was not yet marked sent — at most the batches in flight, same Message-ID.
    const resent = [...counts.values()].filter((count) => count > 1);
    expect(resent.every((count) => count === 2)).toBe(true);
    expect(resent.length).toBeLessThanOrEqual(BATCH * LOOPS);
  }, 90_000);
});
