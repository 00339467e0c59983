import { createServer, type AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";
import { waitUntil } from "../testing/wait-until";

// The SMTP server is down, then up: the send job retries with backoff and the reminder arrives;
// down for every try: the delivery is marked failed.
const port = await freePort();
vi.stubEnv("SMTP_URL", `smtp://127.0.0.1:${port}`);
vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
vi.stubEnv("JOB_POLLING_INTERVAL_SECONDS", "0.5");
vi.stubEnv("REMINDER_RETRY_DELAY_SECONDS", "1");
vi.stubEnv("REMINDER_SEND_ATTEMPTS", "3");
const { db } = await import("../db/client");
const { startWorker } = await import("../worker/start-worker");
const { dispatchDueReminders } = await import("./dispatch");
const { createTestUser } = await import("../testing/factories");
const { createDueReminder, clearReminders } = await import("../testing/reminders");

const worker = await startWorker({ schedule: false, runAtStart: false });
afterAll(async () => {
  await worker.stop();
  vi.unstubAllEnvs();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port: free } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return free;
}

async function waitForDelivery(id: string, check: (delivery: { status: string; attempts: number }) => boolean, timeoutMs = 20_000) {
  let delivery = await db().delivery.findUniqueOrThrow({ where: { id } });
  await waitUntil(async () => check((delivery = await db().delivery.findUniqueOrThrow({ where: { id } }))), () => `delivery ${id} (still ${delivery.status} after ${delivery.attempts} attempts)`, timeoutMs);
  return delivery;
}

async function dueDelivery() {
  await clearReminders();
  const user = await createTestUser();
  const reminder = await createDueReminder(user.id, new Date(Date.now() - 60_000));
  await dispatchDueReminders(worker);
  return db().delivery.findFirstOrThrow({ where: { reminderId: reminder.id } });
}

describe("when the SMTP server is unavailable", () => {
  it("marks the delivery failed after the last try, for the reminders page to show", async () => {
    const delivery = await dueDelivery();
    const failed = await waitForDelivery(delivery.id, (row) => row.status === "FAILED");
    expect(failed.attempts).toBe(3);
    expect(failed.lastError).not.toBe("");
  });

  it("delivers after a retry once the server is back", async () => {
    const delivery = await dueDelivery();
    await waitForDelivery(delivery.id, (row) => row.attempts >= 1);
    const smtp = await startSmtpCapture({ port });
    try {
      const sent = await waitForDelivery(delivery.id, (row) => row.status === "SENT");
      expect(sent.attempts).toBeGreaterThanOrEqual(2);
      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]?.messageId).toBe(`<reminder-${delivery.id}@localhost>`);
    } finally {
      await smtp.close();
    }
  });
});
