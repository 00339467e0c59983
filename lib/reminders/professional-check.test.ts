import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";
import { ownerAccess } from "../journals/policy";

// The professional-check email end to end: the health profile and appointments set the rule in
// their own transactions, the real dispatcher and worker send it to a real SMTP server. The
// dispatcher runs with an injected clock, months ahead.
const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
vi.stubEnv("JOB_POLLING_INTERVAL_SECONDS", "0.5");
const { db } = await import("../db/client");
const { startWorker } = await import("../worker/start-worker");
const { dispatchDueReminders } = await import("./dispatch");
const { createTestUser } = await import("../testing/factories");
const { clearReminders } = await import("../testing/reminders");
const { EMPTY_HEALTH_PROFILE, saveHealthProfile } = await import("../health-profile/health-profile");
const { createAppointment, deleteAppointment } = await import("../appointments/appointments");
const { updateDetails } = await import("../account/update-details");
const { professionalCheckStatus } = await import("./professional-check");

const worker = await startWorker({ schedule: false, runAtStart: false });
afterAll(async () => {
  await worker.stop();
  await smtp.close();
  vi.unstubAllEnvs();
});

beforeEach(async () => {
  await clearReminders();
  smtp.messages.length = 0;
});

const JOINED = new Date("2026-11-26T12:00:00Z");
const profile = (iwgdfRisk: number | null, professionalCheckReminder: boolean) => ({ ...EMPTY_HEALTH_PROFILE, conditions: ["DIABETES" as const], iwgdfRisk, professionalCheckReminder });
const appointment = (date: string) => ({ clinician: "Riverside Podiatry", place: "", reason: "", date, time: "10:00", timeZone: "Europe/London", remindBefore: [], customHoursBefore: null });
const rowOf = (userId: string) => db().reminder.findFirst({ where: { userId, kind: "PROFESSIONAL_CHECK" } });
const sentTo = (email: string) => smtp.messages.filter((message) => [message.to].flat().some((to) => to?.text === email));

async function dispatchAndWait(at: Date, expectedEmails: number) {
  const summary = await dispatchDueReminders(worker, at);
  if (expectedEmails > 0) await smtp.waitForMessages(expectedEmails);
  return summary;
}

describe("the professional foot check reminder", () => {
  it("is not set by a risk category alone: without opting in, nothing is sent, however long it waits", async () => {
    const user = await createTestUser({ timeZone: "Europe/London" });
    await saveHealthProfile(user.id, profile(3, false), JOINED);
    expect(await rowOf(user.id)).toBeNull();
    await dispatchAndWait(new Date("2028-01-01T12:00:00Z"), 0);
    expect(await db().delivery.count({ where: { userId: user.id } })).toBe(0);
    expect(sentTo(user.email)).toEqual([]);
    expect(await professionalCheckStatus(user.id, JOINED)).toEqual({ state: "off" });
  });

  it("opted in with no appointment: due one interval after, at 09:00 local, sent once; the email says why and how to stop", async () => {
    const user = await createTestUser({ timeZone: "Europe/London" });
    await saveHealthProfile(user.id, profile(2, true), JOINED);
    const row = await rowOf(user.id);
    // Category 2: every 3 months, from the day it was turned on.
    expect(row?.nextOccurrenceAt?.toISOString()).toBe("2027-02-26T09:00:00.000Z");

    expect(await dispatchAndWait(new Date("2027-02-26T08:59:00Z"), 0)).toMatchObject({ queued: 0 });
    expect(await dispatchAndWait(new Date("2027-02-26T09:01:00Z"), 1)).toMatchObject({ queued: 1 });
    const [email] = sentTo(user.email);
    expect(email?.subject).toBe("A professional foot check is due");
    expect(email?.text).toContain("You asked Footnote, in your health profile, to tell you when a professional foot check is due.");
    expect(email?.text).toContain("foot-risk category 2 (moderate risk), for which international guidance (IWGDF) suggests a check every 3–6 months");
    expect(email?.text).toMatch(/It is 3 months since you turned this reminder on, on Thursday,? 26 November 2026, with no appointment recorded\./);
    expect(email?.text).toContain("To stop these emails, turn it off in Settings, under Health profile");

    // Saving the profile again after the email does not send it again for the same due date.
    await saveHealthProfile(user.id, profile(2, true), new Date("2027-03-01T12:00:00Z"));
    await dispatchAndWait(new Date("2027-03-02T12:00:00Z"), 0);
    expect(sentTo(user.email)).toHaveLength(1);
  });

  it("a booked appointment holds it: none until the interval after that visit", async () => {
    const user = await createTestUser({ timeZone: "Europe/London" });
    await saveHealthProfile(user.id, profile(3, true), JOINED);
    expect((await rowOf(user.id))?.nextOccurrenceAt?.toISOString()).toBe("2026-12-26T09:00:00.000Z");
    // Booked for 10 December: category 3's monthly check now counts from that visit.
    await createAppointment(ownerAccess(user.id), appointment("2026-12-10"), new Date("2026-11-27T12:00:00Z"));
    expect((await rowOf(user.id))?.nextOccurrenceAt?.toISOString()).toBe("2027-01-10T09:00:00.000Z");
    expect(await professionalCheckStatus(user.id, new Date("2026-11-27T12:00:00Z"))).toMatchObject({
      state: "scheduled",
      months: 1,
      countedFrom: { kind: "appointment", localDate: "2026-12-10", upcoming: true },
    });

    await dispatchAndWait(new Date("2026-12-27T12:00:00Z"), 0);
    expect(sentTo(user.email)).toEqual([]);
    await dispatchAndWait(new Date("2027-01-10T09:01:00Z"), 1);
    expect(sentTo(user.email)[0]?.text).toMatch(/It is 1 month since your last appointment recorded in Footnote, on Thursday,? 10 December 2026\./);
  });

  it("is one row, updated in place: its deliveries stay through every change; turning it off stops it", async () => {
    const user = await createTestUser({ timeZone: "Europe/London" });
    await saveHealthProfile(user.id, profile(3, true), JOINED);
    const row = await rowOf(user.id);
    await dispatchAndWait(new Date("2026-12-26T09:01:00Z"), 1);
    expect(await db().delivery.count({ where: { reminderId: row!.id } })).toBe(1);

    const past = await createAppointment(ownerAccess(user.id), appointment("2027-01-05"), new Date("2027-01-02T12:00:00Z"));
    await saveHealthProfile(user.id, profile(2, true), new Date("2027-01-06T12:00:00Z"));
    await deleteAppointment(ownerAccess(user.id), past.id, new Date("2027-01-07T12:00:00Z"));
    await updateDetails(user.id, { name: "Ann", timeZone: "America/New_York" }, new Date("2027-01-08T12:00:00Z"));
    const moved = await rowOf(user.id);
    expect(moved?.id).toBe(row!.id);
    expect(moved?.timeZone).toBe("America/New_York");
    expect(await db().reminder.count({ where: { userId: user.id, kind: "PROFESSIONAL_CHECK" } })).toBe(1);
    expect(await db().delivery.count({ where: { reminderId: row!.id } })).toBe(1);

    await saveHealthProfile(user.id, profile(2, false), new Date("2027-01-09T12:00:00Z"));
    expect(await rowOf(user.id)).toMatchObject({ id: row!.id, active: false, nextOccurrenceAt: null });
    expect(await db().delivery.count({ where: { reminderId: row!.id } })).toBe(1);
    await dispatchAndWait(new Date("2028-01-01T12:00:00Z"), 0);
    expect(sentTo(user.email)).toHaveLength(1);
  });
});
