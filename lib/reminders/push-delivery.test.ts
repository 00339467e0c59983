import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";
import { decryptPush, makeBrowserKeys, startPushService } from "../testing/push-service";
import { waitUntil } from "../testing/wait-until";

// Reminders as notifications against real PostgreSQL, real pg-boss, a real SMTP server and a push
// service on loopback over HTTPS: the dispatcher makes one Delivery per occurrence and channel,
// the push send encrypts for the device (the test decrypts it with the device's keys), a device
// the push service reports gone is removed, a failure is retried, and nobody gets nothing.
const smtp = await startSmtpCapture();
const push = await startPushService();
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
vi.stubEnv("JOB_POLLING_INTERVAL_SECONDS", "0.5");
const { db } = await import("../db/client");
const { env } = await import("../env");
const { startJobWorker } = await import("../jobs/worker");
const { sendReminderJob } = await import("./send-reminder-job");
const { sendPushReminderJob } = await import("./send-push-reminder-job");
const { dispatchDueReminders } = await import("./dispatch");
const { sendPushDeliveries } = await import("./send-push-delivery");
const { createTestUser } = await import("../testing/factories");
const { createDueReminder, clearReminders } = await import("../testing/reminders");
const { snoozeFromEmailLink } = await import("./email-actions");

// Email is sent by the worker; notifications are sent by the test, through the agent that trusts
// the loopback push service's certificate (their jobs wait in their queue, untouched).
const worker = await startJobWorker([sendReminderJob], { schedule: false, runAtStart: false });
await worker.boss.createQueue(sendPushReminderJob.name);
afterAll(async () => {
  await worker.stop();
  await smtp.close();
  await push.close();
  vi.unstubAllEnvs();
});

const now = new Date();
const due = new Date(now.getTime() - 60_000);
const send = (deliveryId: string, finalAttempt = false) => sendPushDeliveries([{ deliveryId, finalAttempt }], worker, { agent: push.agent });

async function addDevice(userId: string, name: string) {
  const keys = makeBrowserKeys();
  const subscription = await db().pushSubscription.create({ data: { userId, endpoint: push.endpoint(name), p256dh: keys.p256dh, auth: keys.authText, device: "Chrome on Android" } });
  return { keys, subscription, path: `/push/${name}` };
}
const deliveriesOf = (reminderId: string) => db().delivery.findMany({ where: { reminderId }, orderBy: { channel: "asc" } });
const emailSent = (reminderId: string) => waitUntil(async () => (await db().delivery.count({ where: { reminderId, channel: "EMAIL", status: "SENT" } })) === 1, "the email sent instead");

beforeEach(async () => {
  await clearReminders();
  await db().pushSubscription.deleteMany({});
  smtp.messages.length = 0;
  push.received.length = 0;
  push.answers.clear();
});

describe("reminders as notifications", () => {
  it("sends an encrypted notification the device decrypts: the reminder's words, its page, its tag, the signed snooze link", async () => {
    const user = await createTestUser({ name: "Nia" });
    const phone = await addDevice(user.id, "nia-phone");
    const reminder = await createDueReminder(user.id, due, { kind: "SELF_CHECK", channel: "PUSH" });

    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 1, queued: 1 });
    const [delivery] = await deliveriesOf(reminder.id);
    expect(delivery).toMatchObject({ channel: "PUSH", status: "QUEUED" });
    expect(await send(delivery!.id)).toEqual([]);

    expect(push.received).toHaveLength(1);
    const request = push.received[0]!;
    expect(request.path).toBe(phone.path);
    expect(request.headers).toMatchObject({ "content-encoding": "aes128gcm", ttl: "43200", urgency: "high", topic: reminder.id });
    expect(request.headers.authorization).toContain(`k=${env().VAPID_PUBLIC_KEY}`);
    const payload = JSON.parse(decryptPush(request.body, phone.keys)) as Record<string, unknown>;
    expect(payload).toMatchObject({ title: "Time to check your feet", url: "http://localhost:3000/today", tag: `reminder-${reminder.id}` });
    expect(payload.body).toContain("tops and soles");
    expect(payload.actions).toEqual([
      { action: "done", title: "Done" },
      { action: "snooze", title: "Remind me in 1 hour" },
    ]);
    // The snooze action is the email's own signed link: it snoozes this reminder, nobody else's.
    const token = new URL(payload.snoozeUrl as string).searchParams.get("token")!;
    expect(await snoozeFromEmailLink(token, "hour")).toMatchObject({ ok: true, reminderId: reminder.id });
    const snoozed = await db().reminder.findFirstOrThrow({ where: { snoozeOfDeliveryId: delivery!.id } });
    expect(snoozed).toMatchObject({ userId: user.id, channel: "PUSH", frequency: "ONCE" });

    expect(await db().delivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({ status: "SENT", attempts: 1 });
    expect((await db().pushSubscription.findUniqueOrThrow({ where: { id: phone.subscription.id } })).lastUsedAt).not.toBeNull();
    // Sending again (a job retried after a crash) sends nothing more.
    expect(await send(delivery!.id)).toEqual([]);
    expect(push.received).toHaveLength(1);
    expect(smtp.messages).toHaveLength(0);
  });

  it("with both channels makes one email and one notification Delivery per occurrence, and none more when run again", async () => {
    const user = await createTestUser();
    await addDevice(user.id, "both-laptop");
    const reminder = await createDueReminder(user.id, due, { kind: "CARE_ROUTINE", channel: "BOTH" });

    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 1, queued: 2 });
    // A dispatcher that crashed after its commit and ran again, or a second worker, adds nothing.
    await db().reminder.update({ where: { id: reminder.id }, data: { nextOccurrenceAt: due } });
    expect(await dispatchDueReminders(worker, now)).toMatchObject({ rules: 1, queued: 0 });
    const deliveries = await deliveriesOf(reminder.id);
    expect(deliveries.map((delivery) => [delivery.channel, delivery.status])).toEqual([
      ["EMAIL", "QUEUED"],
      ["PUSH", "QUEUED"],
    ]);
    const [jobs] = await db().$queryRaw<{ email: bigint; push: bigint }[]>`
      SELECT count(*) FILTER (WHERE name = 'send-reminder') AS email, count(*) FILTER (WHERE name = 'send-push-reminder') AS push FROM pgboss.job`;
    expect(jobs).toEqual({ email: 1n, push: 1n });

    await send(deliveries[1]!.id);
    await waitUntil(() => smtp.messages.length === 1, "the email");
    expect(push.received).toHaveLength(1);
    expect(smtp.messages[0]!.subject).toBe("Time for your foot care routine");
  });

  it("removes a device the push service reports gone (410) and, with none left, sends the email instead", async () => {
    const user = await createTestUser({ name: "Ola" });
    const old = await addDevice(user.id, "ola-old");
    push.answers.set(old.path, [410]);
    const reminder = await createDueReminder(user.id, due, { kind: "CARE_ROUTINE", channel: "PUSH" });
    await dispatchDueReminders(worker, now);
    const [delivery] = await deliveriesOf(reminder.id);

    expect(await send(delivery!.id)).toEqual([]);
    expect(await db().pushSubscription.count({ where: { userId: user.id } })).toBe(0);
    await emailSent(reminder.id);
    expect(smtp.messages[0]!.to).toMatchObject({ text: user.email });
    const deliveries = await deliveriesOf(reminder.id);
    expect(deliveries.map((row) => [row.channel, row.status])).toEqual([
      ["EMAIL", "SENT"],
      ["PUSH", "SKIPPED"],
    ]);
    expect(deliveries[1]!.lastError).toContain("sent by email instead");
  });

  it("keeps the devices that still work when another is gone (404), and does not email", async () => {
    const user = await createTestUser();
    const gone = await addDevice(user.id, "gone-tablet");
    const phone = await addDevice(user.id, "kept-phone");
    push.answers.set(gone.path, [404]);
    const reminder = await createDueReminder(user.id, due, { kind: "CARE_ROUTINE", channel: "PUSH" });
    await dispatchDueReminders(worker, now);
    const [delivery] = await deliveriesOf(reminder.id);

    expect(await send(delivery!.id)).toEqual([]);
    expect((await db().pushSubscription.findMany({ where: { userId: user.id } })).map((row) => row.id)).toEqual([phone.subscription.id]);
    expect(await db().delivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({ status: "SENT" });
    expect(smtp.messages).toHaveLength(0);
  });

  it("retries a push service error (500), sends on the retry, and emails instead when the last try fails", async () => {
    const user = await createTestUser();
    const phone = await addDevice(user.id, "flaky-phone");
    push.answers.set(phone.path, [500, 201]);
    const reminder = await createDueReminder(user.id, due, { kind: "CARE_ROUTINE", channel: "PUSH" });
    await dispatchDueReminders(worker, now);
    const [delivery] = await deliveriesOf(reminder.id);

    expect(await send(delivery!.id)).toEqual([delivery!.id]);
    expect(await db().delivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({ status: "QUEUED", attempts: 1, lastError: "push service answered 500" });
    expect(await db().pushSubscription.count({ where: { userId: user.id } })).toBe(1);
    expect(await send(delivery!.id)).toEqual([]);
    expect(await db().delivery.findUniqueOrThrow({ where: { id: delivery!.id } })).toMatchObject({ status: "SENT", attempts: 2 });

    const next = await createDueReminder(user.id, due, { kind: "CUSTOM", title: "Moisturise heels", channel: "PUSH" });
    push.answers.set(phone.path, [500]);
    await dispatchDueReminders(worker, now);
    const [failing] = await deliveriesOf(next.id);
    expect(await send(failing!.id, true)).toEqual([]);
    await emailSent(next.id);
    expect(smtp.messages[0]!.subject).toBe("Moisturise heels");
    expect((await deliveriesOf(next.id)).map((row) => [row.channel, row.status])).toEqual([
      ["EMAIL", "SENT"],
      ["PUSH", "FAILED"],
    ]);
  });

  it("sends a carer's reminder to the carer's devices, naming the person", async () => {
    const owner = await createTestUser({ name: "Rosa" });
    const carer = await createTestUser({ name: "Sam" });
    const ownersPhone = await addDevice(owner.id, "rosa-phone");
    const carersPhone = await addDevice(carer.id, "sam-phone");
    const reminder = await createDueReminder(owner.id, due, { kind: "SELF_CHECK", channel: "PUSH" });
    await db().reminder.update({ where: { id: reminder.id }, data: { recipientId: carer.id } });
    await dispatchDueReminders(worker, now);
    const [delivery] = await deliveriesOf(reminder.id);

    await send(delivery!.id);
    expect(push.received.map((request) => request.path)).toEqual([carersPhone.path]);
    const payload = JSON.parse(decryptPush(push.received[0]!.body, carersPhone.keys)) as { title: string; body: string };
    expect(payload.title).toBe("Time to check Rosa’s feet");
    expect(payload.body).toContain("About Rosa");
    expect(push.received.some((request) => request.path === ownersPhone.path)).toBe(false);
  });
});
