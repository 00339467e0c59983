import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { tzOffset } from "@date-fns/tz";
import { startSmtpCapture } from "../testing/smtp-capture";
import { waitUntil } from "../testing/wait-until";
import { ownerAccess } from "../journals/policy";

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
const { createDueReminder, clearReminders } = await import("../testing/reminders");
const { pauseFromEmailLink } = await import("./email-actions");
const { createEntry } = await import("../journal/create-entry");
const { createReminder } = await import("./reminders");
const { makeEntrySchema } = await import("../journal/schemas");
const { localDateOf } = await import("../time/local-day");

const worker = await startWorker({ schedule: false, runAtStart: false });
afterAll(async () => {
  await worker.stop();
  await smtp.close();
  vi.unstubAllEnvs();
});

const HOUR = 3_600_000;
const now = new Date();
const deliveriesOf = (reminderId: string) => db().delivery.findMany({ where: { reminderId }, orderBy: { occurrenceAt: "asc" } });
const waitForStatus = (deliveryIds: string[], status: "SENT") =>
  waitUntil(async () => (await db().delivery.count({ where: { id: { in: deliveryIds }, status } })) === deliveryIds.length, `deliveries ${status}`);
/**
 * A person's send jobs not yet finished (waiting, retrying or running). Only theirs: a job of an
 * earlier test whose delivery is gone may be waiting out its retry delay.
 */
async function queuedSendJobs(userId: string): Promise<number> {
  const [row] = await db().$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM pgboss.job
     WHERE name = 'send-reminder' AND state IN ('created', 'retry', 'active')
       AND data->>'deliveryId' IN (SELECT id FROM "Delivery" WHERE "userId" = ${userId})`;
  return Number(row?.count ?? 0);
}
async function logCheck(userId: string, timeZone: string, at: Date) {
  const local = new Date(at.getTime() + tzOffset(timeZone, at) * 60_000).toISOString();
  const values = { date: local.slice(0, 10), time: local.slice(11, 16), pain: 2, observations: [], careKind: "NONE" };
  await createEntry(ownerAccess(userId), timeZone, makeEntrySchema({ timeZone }).parse(values));
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

  it("in one batch, skips the self-check of each person who already logged that local day, and only theirs", async () => {
    const dueAt = new Date(now.getTime() - 60_000);
    const checkedAt = new Date(Math.max(dueAt.getTime() - HOUR, Date.parse(`${dueAt.toISOString().slice(0, 10)}T00:00:00Z`)));
    // Someone travelling: the entry carries their zone's date, which is not the reminder's day in UTC.
    // UTC+14 moves 10:00 UTC and later to the next day; UTC−11 moves anything before 11:00 to the day before.
    const travelZone = checkedAt.getUTCHours() >= 11 ? "Pacific/Kiritimati" : "Pacific/Pago_Pago";
    const [filedThatDay, travelling, notChecked, checkedYesterday] = await Promise.all([0, 1, 2, 3].map(() => createTestUser({ timeZone: "UTC" })));
    await logCheck(filedThatDay!.id, "UTC", checkedAt);
    await logCheck(travelling!.id, travelZone, checkedAt);
    await logCheck(checkedYesterday!.id, "UTC", new Date(checkedAt.getTime() - 24 * HOUR));
    const reminders = await Promise.all([filedThatDay, travelling, notChecked, checkedYesterday].map((user) => createDueReminder(user!.id, dueAt, { kind: "SELF_CHECK" })));
    expect(localDateOf(checkedAt, travelZone)).not.toBe(dueAt.toISOString().slice(0, 10));

    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 4, queued: 2, skipped: 2 });
    const statuses = await Promise.all(reminders.map(async (reminder) => (await deliveriesOf(reminder.id)).map((d) => d.status)));
    expect(statuses).toEqual([["SKIPPED"], ["SKIPPED"], ["QUEUED"], ["QUEUED"]]);
  });

  it("sends a carer's reminder about someone to the carer, naming them, and skips it when anyone in that journal checked", async () => {
    const dueAt = new Date(now.getTime() - 60_000);
    const mum = await createTestUser({ name: "Mum", timeZone: "UTC" });
    const checkedMum = await createTestUser({ name: "Dad", timeZone: "UTC" });
    const sam = await createTestUser({ name: "Sam", timeZone: "UTC" });
    for (const owner of [mum, checkedMum]) await db().journalMember.create({ data: { userId: owner.id, memberId: sam.id, role: "REMINDERS" } });
    const samFor = (owner: { id: string }) => ({ actorId: sam.id, journalId: owner.id, role: "REMINDERS" as const });
    // Sam recorded Dad's check today: a check by anyone in Dad's journal counts.
    const local = dueAt.toISOString();
    await createEntry(samFor(checkedMum), "UTC", makeEntrySchema({ timeZone: "UTC" }).parse({ date: local.slice(0, 10), time: "00:00", pain: 1, observations: [], careKind: "NONE" }));
    const [forMum, forDad] = await Promise.all([mum, checkedMum].map(async (owner) => {
      const rule = await createReminder(samFor(owner), { kind: "SELF_CHECK", title: "", frequency: "DAILY", weekdays: [], intervalDays: null, dayOfMonth: null, localTime: dueAt.toISOString().slice(11, 16), timeZone: "UTC", startDate: "2026-01-01", endDate: null });
      return db().reminder.update({ where: { id: rule.id }, data: { nextOccurrenceAt: dueAt } });
    }));
    expect(forMum).toMatchObject({ userId: mum.id, recipientId: sam.id });

    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 2, queued: 1, skipped: 1 });
    expect((await deliveriesOf(forDad!.id)).map((delivery) => delivery.status)).toEqual(["SKIPPED"]);
    const [mail] = await smtp.waitForMessages(1);
    expect(mail?.to).toMatchObject({ text: sam.email });
    expect(mail?.subject).toBe("Time to check Mum’s feet");
    expect(mail?.text).toContain("Hello Sam,");
    // Its button opens Mum's journal, whichever one Sam's browser has open.
    expect(mail?.text).toContain(`/journals/${mum.id}/open?next=%2Fjournal%2Fnew`);
  });

  it("claims in batches: many due rules over several batches, two dispatchers at once, one delivery each", async () => {
    const user = await createTestUser({ timeZone: "UTC" });
    const dueAt = new Date(now.getTime() - 60_000);
    await db().reminder.createMany({
      data: Array.from({ length: 45 }, () => ({ userId: user.id, kind: "CARE_ROUTINE" as const, frequency: "DAILY" as const, weekdays: [], localTime: dueAt.toISOString().slice(11, 16), timeZone: "UTC", startDate: new Date("2026-01-01T00:00:00Z"), nextOccurrenceAt: dueAt })),
    });
    // Batches of 4: each dispatcher runs two claim loops, so four loops race over 45 rules.
    const [first, second] = await Promise.all([dispatchDueReminders(worker, now, 4), dispatchDueReminders(worker, now, 4)]);

    expect(first.rules + second.rules).toBe(45);
    expect(first.queued + second.queued).toBe(45);
    const deliveries = await db().delivery.findMany({ where: { userId: user.id }, select: { id: true, reminderId: true, occurrenceAt: true } });
    expect(deliveries).toHaveLength(45);
    expect(new Set(deliveries.map((delivery) => delivery.reminderId)).size).toBe(45);
    expect(deliveries.every((delivery) => delivery.occurrenceAt.getTime() === dueAt.getTime())).toBe(true);
    expect(await db().reminder.count({ where: { userId: user.id, nextOccurrenceAt: { lte: now } } })).toBe(0);
    // One send job per delivery, whatever state the running worker has taken it to.
    const jobs = await db().$queryRaw<{ deliveryId: string }[]>`SELECT data->>'deliveryId' AS "deliveryId" FROM pgboss.job WHERE name = 'send-reminder'`;
    expect(jobs.map((job) => job.deliveryId).sort()).toEqual(deliveries.map((delivery) => delivery.id).sort());
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
    // Every send job has run (the queue is empty) and each delivery is sent: nothing more can come.
    await waitUntil(async () => (await queuedSendJobs(user.id)) === 0, "Bea's send jobs to finish");
    expect(await db().delivery.count({ where: { reminderId: { in: [...rules, longDown].map((rule) => rule.id) }, status: "SENT" } })).toBe(6);
    // Only Bea's: sends queued by the tests before may still be finishing.
    const messages = smtp.messages.filter((message) => [message.to ?? []].flat().some((to) => to.value.some((address) => address.address === user.email)));
    expect(messages).toHaveLength(6);
    for (const message of messages) {
      expect(message.subject).toBe("Late: Time for your foot care routine");
      expect(message.text).toContain("This reminder is late");
    }
    expect(new Set(messages.map((message) => message.messageId)).size).toBe(6);
    for (const rule of rules) {
      expect((await deliveriesOf(rule.id)).map((d) => [d.status, d.late])).toEqual([["SENT", true]]);
      expect((await db().reminder.findUniqueOrThrow({ where: { id: rule.id } })).nextOccurrenceAt!.getTime()).toBeGreaterThan(now.getTime());
    }
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
