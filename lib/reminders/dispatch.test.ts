import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";

// The dispatcher and the send job against real PostgreSQL, real pg-boss and a real SMTP server on
// loopback. The dispatcher runs with an injected clock; the worker sends.
const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
vi.stubEnv("JOB_POLLING_INTERVAL_SECONDS", "0.5");
const { db } = await import("../db/client");
const { startWorker } = await import("../worker/start-worker");
const { dispatchDueReminders } = await import("./dispatch");
const { createTestUser } = await import("../testing/factories");
const { createDueReminder, clearReminders } = await import("./testing/reminder-fixtures");
const { pauseFromEmailLink } = await import("./email-actions");
const { createEntry } = await import("../journal/create-entry");
const { makeEntrySchema } = await import("../journal/schemas");

const worker = await startWorker({ schedule: false, runAtStart: false });
afterAll(async () => {
  await worker.stop();
  await smtp.close();
  vi.unstubAllEnvs();
});

const HOUR = 3_600_000;
const now = new Date();
const deliveriesOf = (reminderId: string) => db().delivery.findMany({ where: { reminderId }, orderBy: { occurrenceAt: "asc" } });
async function waitForStatus(deliveryIds: string[], status: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await db().delivery.count({ where: { id: { in: deliveryIds }, status: status as never } })) < deliveryIds.length) {
    if (Date.now() > deadline) throw new Error(`deliveries not ${status} in time`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeEach(async () => {
  await clearReminders();
  smtp.messages.length = 0;
});

describe("dispatching due reminders", () => {
  beforeAll(async () => clearReminders());

  it("sends a due reminder once, with its content, headers and a Message-ID from its delivery", async () => {
    const user = await createTestUser({ name: "Ada", timeZone: "America/New_York" });
    const reminder = await createDueReminder(user.id, new Date(now.getTime() - 60_000), { kind: "SELF_CHECK", timeZone: "America/New_York" });

    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 1, queued: 1 });
    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 0, queued: 0 });
    const [delivery] = await deliveriesOf(reminder.id);
    await waitForStatus([delivery!.id], "SENT");
    const [message] = await smtp.waitForMessages(1);

    expect(smtp.messages).toHaveLength(1);
    expect(message?.subject).toBe("Time to check your feet");
    expect(message?.messageId).toBe(`<reminder-${delivery!.id}@localhost>`);
    expect(message?.text).toContain("Hello Ada,");
    expect(message?.text).toContain("http://localhost:3000/journal/new");
    expect(message?.text).toContain("http://localhost:3000/reminders");
    expect(message?.text).not.toContain("late");
    expect(message?.html).toContain("Record today&#39;s check");
    expect(message?.headerLines.find((line) => line.key === "list-unsubscribe-post")?.line).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(message?.headerLines.find((line) => line.key === "list-unsubscribe")?.line.replace(/\r\n\s+/g, " ")).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/r\/unsubscribe\?token=[^>]+>$/);
    // The rule moved on to tomorrow.
    const advanced = await db().reminder.findUniqueOrThrow({ where: { id: reminder.id } });
    expect(advanced.nextOccurrenceAt!.getTime()).toBeGreaterThan(now.getTime());
  });

  it("skips a self-check reminder when the check was already logged that local day", async () => {
    const user = await createTestUser({ timeZone: "UTC" });
    const dueAt = new Date(now.getTime() - 60_000);
    const checkedAt = new Date(Math.max(dueAt.getTime() - HOUR, Date.parse(`${dueAt.toISOString().slice(0, 10)}T00:00:00Z`)));
    const values = { date: checkedAt.toISOString().slice(0, 10), time: checkedAt.toISOString().slice(11, 16), pain: 2, observations: [], careKind: "NONE" };
    await createEntry(user.id, "UTC", makeEntrySchema({ timeZone: "UTC" }).parse(values));
    const reminder = await createDueReminder(user.id, dueAt, { kind: "SELF_CHECK" });

    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 1, queued: 0, skipped: 1 });
    expect((await deliveriesOf(reminder.id)).map((d) => d.status)).toEqual(["SKIPPED"]);
  });

  it("after 3 hours of downtime sends one late catch-up per rule, never a burst", async () => {
    const user = await createTestUser({ name: "Bea" });
    const rules = await Promise.all([0, 1, 2, 3, 4].map(() => createDueReminder(user.id, new Date(now.getTime() - 3 * HOUR))));
    // One rule was down for three days: three occurrences older than 12 hours are only recorded.
    const longDown = await createDueReminder(user.id, new Date(now.getTime() - 75 * HOUR));

    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 6, queued: 6, missed: 3 });
    expect((await deliveriesOf(longDown.id)).map((d) => [d.status, d.late])).toEqual([
      ["MISSED", false],
      ["MISSED", false],
      ["MISSED", false],
      ["QUEUED", true],
    ]);
    const messages = await smtp.waitForMessages(6);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(messages).toHaveLength(6);
    for (const message of messages) {
      expect(message.subject).toBe("Late: Time for your foot care routine");
      expect(message.text).toContain("This reminder is late");
    }
    expect(new Set(messages.map((message) => message.messageId)).size).toBe(6);
    expect(rules).toHaveLength(5);
  });

  it("records an occurrence missed more than 12 hours ago without sending it", async () => {
    const user = await createTestUser();
    const reminder = await createDueReminder(user.id, new Date(now.getTime() - 13 * HOUR));

    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 1, queued: 0, missed: 1 });
    expect((await deliveriesOf(reminder.id)).map((d) => d.status)).toEqual(["MISSED"]);
  });

  it("the email's pause link pauses that reminder without signing in", async () => {
    const user = await createTestUser();
    const reminder = await createDueReminder(user.id, new Date(now.getTime() - 60_000));
    await dispatchDueReminders(worker, now);
    const [message] = await smtp.waitForMessages(1);
    const unsubscribe = message!.headerLines.find((line) => line.key === "list-unsubscribe")!.line.replace(/\r\n\s+/g, "").match(/<([^>]+)>/)![1]!;
    const token = new URL(unsubscribe).searchParams.get("token")!;

    expect(await pauseFromEmailLink(token)).toMatchObject({ ok: true });
    expect((await db().reminder.findUniqueOrThrow({ where: { id: reminder.id } })).active).toBe(false);
    expect(await pauseFromEmailLink(`${token}x`)).toEqual({ ok: false });
  });
});
