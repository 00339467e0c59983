import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";

// Reset mail goes through a real SMTP server on loopback; the test follows the link it carries.
const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
const { db } = await import("../db/client");
const { AppError } = await import("../app-error");
const { createTestUser, uniqueEmail } = await import("../testing/factories");
const { createSession, liveSessionUserId } = await import("./sessions");
const { requestPasswordReset, resetPassword, RESET_LINK_INVALID } = await import("./password-reset");
const { verifyPassword } = await import("./password");
const { confirmTwoStepSetup, isTwoStepOn, startTwoStepSetup, twoStepSetupDetails } = await import("../two-step/two-step");
const { codeAt } = await import("../two-step/totp");

afterAll(async () => {
  await smtp.close();
  vi.unstubAllEnvs();
});

function tokenFromLastMail(to: string): string {
  const mail = smtp.messages.findLast((message) => message.to && "text" in message.to && message.to.text === to);
  const match = mail?.text?.match(/reset-password\?token=([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no reset link mailed to ${to}`);
  return match[1];
}

describe("password reset", () => {
  it("writes the link and the notice in the account's language", async () => {
    const user = await createTestUser({ name: "Rosa" });
    await db().user.update({ where: { id: user.id }, data: { locale: "es-ES" } });
    const before = smtp.messages.length;

    await requestPasswordReset(user.email);
    await smtp.waitForMessages(before + 1);
    const link = smtp.messages.at(-1);
    expect(link?.subject).toBe("Elija una contraseña nueva para Footnote");
    expect(link?.text).toContain("Hola, Rosa:");
    expect(link?.html).toContain('<html lang="es">');
    expect(link?.html).toContain("Elegir una contraseña nueva");
    expect(link?.html).not.toMatch(/Choose a new password|Hello/);

    await resetPassword({ token: tokenFromLastMail(user.email), password: "una contraseña nueva", confirmPassword: "una contraseña nueva" });
    await smtp.waitForMessages(before + 2);
    expect(smtp.messages.at(-1)?.subject).toBe("Se ha cambiado su contraseña de Footnote");
    expect(smtp.messages.at(-1)?.text).toContain("Ya puede entrar con la contraseña nueva.");
  });

  it("mails a link; the link sets the new password once and ends every session", async () => {
    const user = await createTestUser();
    const session = await createSession(user.id, { userAgent: "old laptop", ipAddress: "127.0.0.1" }, { method: "PASSWORD" });
    const before = smtp.messages.length;

    await requestPasswordReset(user.email);
    await smtp.waitForMessages(before + 1);
    const mail = smtp.messages.at(-1);
    expect(mail?.subject).toBe("Reset your Footnote password");
    expect(mail?.html).toContain("Choose a new password");
    const token = tokenFromLastMail(user.email);

    await resetPassword({ token, password: "a brand new password", confirmPassword: "a brand new password" });
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, "a brand new password")).toBe(true);
    expect(await liveSessionUserId(session.id)).toBeNull();

    const second = await resetPassword({ token, password: "yet another password", confirmPassword: "yet another password" }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(AppError);
    expect((second as Error).message).toBe(RESET_LINK_INVALID);
  });

  it("a reset keeps two-step sign-in on and tells the person by email", async () => {
    const user = await createTestUser();
    await startTwoStepSetup(user.id);
    const secret = (await twoStepSetupDetails(user))?.secret.replace(/\s/g, "") ?? "";
    await confirmTwoStepSetup(user, codeAt(secret, Date.now()));
    await requestPasswordReset(user.email);
    const token = tokenFromLastMail(user.email);
    const before = smtp.messages.length;

    await resetPassword({ token, password: "a brand new password", confirmPassword: "a brand new password" });
    expect(await isTwoStepOn(user.id)).toBe(true);
    await smtp.waitForMessages(before + 1);
    const notice = smtp.messages.at(-1);
    expect(notice?.subject).toBe("Your Footnote password was changed");
    expect(notice?.text).toContain("Two-step sign-in is still on");
  });

  it("an expired link changes nothing", async () => {
    const user = await createTestUser();
    await requestPasswordReset(user.email);
    const token = tokenFromLastMail(user.email);
    await db().authToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    await expect(resetPassword({ token, password: "a brand new password", confirmPassword: "a brand new password" })).rejects.toThrow(RESET_LINK_INVALID);
  });

  it("an unknown email gets the same silence and no mail", async () => {
    const known = await createTestUser();
    const before = smtp.messages.length;
    await expect(requestPasswordReset(uniqueEmail("nobody"))).resolves.toBeUndefined();
    // A request for a real account right after: once its mail is in, any mail to the unknown
    // address (sent first, on the same pooled transport) would be too.
    await requestPasswordReset(known.email);
    await smtp.waitForMessages(before + 1);
    expect(smtp.messages.slice(before).map((message) => (message.to && "text" in message.to ? message.to.text : ""))).toEqual([known.email]);
  });

  it("stores only a hash of the token", async () => {
    const user = await createTestUser();
    await requestPasswordReset(user.email);
    const token = tokenFromLastMail(user.email);
    const rows = await db().authToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toBe(token);
    expect(rows[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
