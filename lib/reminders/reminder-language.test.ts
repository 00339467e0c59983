import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";
import { waitUntil } from "../testing/wait-until";

// A reminder is written in its recipient's language: the owner's own, or, for a carer's reminder
// about someone, the carer's — through the real send job and a real SMTP server on loopback.
const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
vi.stubEnv("JOB_POLLING_INTERVAL_SECONDS", "0.5");
const { db } = await import("../db/client");
const { startWorker } = await import("../worker/start-worker");
const { dispatchDueReminders } = await import("./dispatch");
const { createTestUser } = await import("../testing/factories");
const { createDueReminder, clearReminders } = await import("../testing/reminders");

const worker = await startWorker({ schedule: false, runAtStart: false });
afterAll(async () => {
  await worker.stop();
  await smtp.close();
  vi.unstubAllEnvs();
});

async function sentTo(email: string) {
  await waitUntil(() => smtp.messages.some((message) => JSON.stringify(message.to).includes(email)), () => `a reminder to ${email}`, 20_000);
  return smtp.messages.find((message) => JSON.stringify(message.to).includes(email))!;
}

describe("reminder emails in the recipient's language", () => {
  it("writes a Spanish account's reminder in Spanish: subject, text and HTML", async () => {
    await clearReminders();
    const rosa = await createTestUser({ name: "Rosa" });
    await db().user.update({ where: { id: rosa.id }, data: { locale: "es-ES" } });
    await createDueReminder(rosa.id, new Date(Date.now() - 60_000), { kind: "SELF_CHECK" });
    await dispatchDueReminders(worker);

    const mail = await sentTo(rosa.email);
    expect(mail.subject).toBe("Es hora de revisar sus pies");
    expect(mail.text).toContain("Hola, Rosa:");
    expect(mail.text).toContain("Anotar la revisión de hoy:");
    expect(mail.text).toContain("no es consejo médico");
    expect(mail.html).toContain('<html lang="es">');
    expect(mail.html).toContain("Pausar este aviso");
    expect(mail.html).not.toMatch(/Time to check|Pause this reminder/);
  });

  it("writes a carer's reminder about a Spanish-speaking person in the carer's English, naming them", async () => {
    await clearReminders();
    const abuela = await createTestUser({ name: "Abuela" });
    await db().user.update({ where: { id: abuela.id }, data: { locale: "es-ES" } });
    const sam = await createTestUser({ name: "Sam" });
    const reminder = await createDueReminder(abuela.id, new Date(Date.now() - 60_000), { kind: "SELF_CHECK" });
    await db().reminder.update({ where: { id: reminder.id }, data: { recipientId: sam.id } });
    await dispatchDueReminders(worker);

    const mail = await sentTo(sam.email);
    expect(mail.subject).toBe("Time to check Abuela’s feet");
    expect(mail.text).toContain("Hello Sam,");
    expect(mail.html).toContain('<html lang="en">');
  });
});
