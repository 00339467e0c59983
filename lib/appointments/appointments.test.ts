import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { deleteReminder, setReminderActive, updateReminder } from "../reminders/reminders";
import { sendTestNow } from "../reminders/send-test";
import { createDueReminder } from "../testing/reminders";
import { createTestUser } from "../testing/factories";
import { createAppointment, deleteAppointment, findAppointment, recordOutcome } from "./appointments";
import { calendarForToken, regenerateCalendarFeed } from "./calendar-feed";
import { ownerAccess } from "../journals/policy";

const input = { clinician: "Dr. Lee", place: "Clinic", reason: "Nail care", date: "2027-03-10", time: "14:30", timeZone: "America/New_York", remindBefore: [10080, 1440, 120], customHoursBefore: 5 };

describe("appointments", () => {
  it("stores the local time as an instant and makes one reminder per chosen time before it", async () => {
    const user = await createTestUser();
    const appointment = await createAppointment(ownerAccess(user.id), input, new Date("2026-11-26T12:00:00Z"));
    expect(appointment.startsAt.toISOString()).toBe("2027-03-10T19:30:00.000Z");
    const reminders = await db().reminder.findMany({ where: { appointmentId: appointment.id }, orderBy: { onceAt: "asc" } });
    expect(reminders.map((reminder) => reminder.onceAt?.toISOString())).toEqual(["2027-03-03T19:30:00.000Z", "2027-03-09T19:30:00.000Z", "2027-03-10T14:30:00.000Z", "2027-03-10T17:30:00.000Z"]);
    expect(reminders.every((reminder) => reminder.userId === user.id && reminder.nextOccurrenceAt?.getTime() === reminder.onceAt?.getTime())).toBe(true);
  });

  it("turns a follow-up date in the outcome into a new appointment", async () => {
    const user = await createTestUser();
    const past = await createAppointment(ownerAccess(user.id), { ...input, date: "2026-11-20" }, new Date("2026-11-26T12:00:00Z"));
    const result = await recordOutcome(ownerAccess(user.id), { appointmentId: past.id, outcome: "All fine", followUpDate: "2027-02-20", followUpTime: null }, new Date("2026-11-26T12:00:00Z"));
    const followUp = await findAppointment(user.id, result!.followUpId!);
    expect(followUp).toMatchObject({ clinician: "Dr. Lee", timeZone: "America/New_York" });
    expect(followUp?.startsAt.toISOString()).toBe("2027-02-20T14:00:00.000Z");
    expect((await findAppointment(user.id, past.id))?.outcome).toBe("All fine");
  });

  it("\"Send a test now\" sends five per window, then says when to try again", async () => {
    const owner = await createTestUser();
    const reminder = await createDueReminder(owner.id, new Date(Date.now() + 3_600_000));
    for (let test = 0; test < 5; test++) expect(await sendTestNow(owner.id, reminder.id)).toBe("sent");
    await expect(sendTestNow(owner.id, reminder.id)).rejects.toMatchObject({ status: 429, message: expect.stringMatching(/^Too many attempts/) });
    expect(await db().delivery.count({ where: { userId: owner.id, test: true } })).toBe(5);
  });

  it("another user gets 'not found' for every reminder and appointment action, and a wrong feed token gets nothing", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const reminder = await createDueReminder(owner.id, new Date(Date.now() + 3_600_000));
    const appointment = await createAppointment(ownerAccess(owner.id), input);
    const values = { kind: "CUSTOM" as const, title: "x", frequency: "DAILY" as const, weekdays: [], intervalDays: null, dayOfMonth: null, localTime: "08:00", timeZone: "UTC", startDate: "2026-01-01", endDate: null };

    expect(await updateReminder(ownerAccess(other.id), reminder.id, values)).toBe(false);
    expect(await setReminderActive(ownerAccess(other.id), reminder.id, false)).toBe(false);
    expect(await sendTestNow(other.id, reminder.id)).toBe("not-found");
    expect(await deleteReminder(ownerAccess(other.id), reminder.id)).toBe(false);
    expect(await findAppointment(other.id, appointment.id)).toBeNull();
    expect(await recordOutcome(ownerAccess(other.id), { appointmentId: appointment.id, outcome: "x", followUpDate: null, followUpTime: null })).toBeNull();
    expect(await deleteAppointment(ownerAccess(other.id), appointment.id)).toBe(false);
    expect(await db().reminder.findUniqueOrThrow({ where: { id: reminder.id } })).toMatchObject({ active: true, kind: "CARE_ROUTINE" });

    const token = await regenerateCalendarFeed(owner.id);
    expect(await calendarForToken(token, "http://localhost:3000")).toContain("SUMMARY:Appointment: Dr. Lee");
    expect(await calendarForToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`, "http://localhost:3000")).toBeNull();
    const renewed = await regenerateCalendarFeed(owner.id);
    expect(await calendarForToken(token, "http://localhost:3000")).toBeNull();
    expect(await calendarForToken(renewed, "http://localhost:3000")).not.toBeNull();
  });

  it("writes the calendar feed in its owner's language: titles, descriptions and alarms", async () => {
    const owner = await createTestUser();
    await db().user.update({ where: { id: owner.id }, data: { locale: "es-ES" } });
    await createAppointment(ownerAccess(owner.id), input);
    const feed = await calendarForToken(await regenerateCalendarFeed(owner.id), "http://localhost:3000");
    expect(feed).toContain("SUMMARY:Cita: Dr. Lee");
    expect(feed).toContain("Lleve su informe de Footnote.");
    expect(feed).toMatch(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Cita: Dr. Lee/);
    expect(feed).not.toMatch(/Appointment:|Bring your/);
  });
});
