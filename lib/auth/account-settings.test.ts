import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";

const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
const { db } = await import("../db/client");
const { createTestUser, TEST_PASSWORD, uniqueEmail } = await import("../testing/factories");
const { createSession, liveSessionUserId } = await import("./sessions");
const { changePassword, confirmEmailChange, requestEmailChange, EMAIL_IN_USE } = await import("./account-settings");
const { verifyPassword } = await import("./password");

afterAll(async () => {
  await smtp.close();
  vi.unstubAllEnvs();
});

describe("account settings", () => {
  it("changes the email only after the link mailed to the new address is used, and tells the old address", async () => {
    const user = await createTestUser();
    const newEmail = uniqueEmail("new");
    const before = smtp.messages.length;
    await requestEmailChange(user.id, { email: newEmail, currentPassword: TEST_PASSWORD });
    await smtp.waitForMessages(before + 1);
    const confirmation = smtp.messages.at(-1);
    expect(confirmation?.to).toMatchObject({ text: newEmail });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    const token = confirmation?.text?.match(/confirm-email\?token=([A-Za-z0-9_-]+)/)?.[1] ?? "";
    await expect(confirmEmailChange(token)).resolves.toEqual({ email: newEmail });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    await smtp.waitForMessages(before + 2);
    expect(smtp.messages.at(-1)).toMatchObject({ subject: "Your Footnote email address was changed", to: { text: user.email } });
  });

  it("refuses a wrong current password or an address in use, at their fields", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    await expect(requestEmailChange(user.id, { email: uniqueEmail(), currentPassword: "not my password" })).rejects.toMatchObject({ field: "currentPassword" });
    await expect(requestEmailChange(user.id, { email: other.email, currentPassword: TEST_PASSWORD })).rejects.toMatchObject({ field: "email", message: EMAIL_IN_USE });
  });

  it("changing the password signs out the other devices but not this one", async () => {
    const user = await createTestUser();
    const here = await createSession(user.id, { userAgent: "here", ipAddress: "" });
    const elsewhere = await createSession(user.id, { userAgent: "elsewhere", ipAddress: "" });
    await changePassword(user.id, here.id, { currentPassword: TEST_PASSWORD, newPassword: "my new long password", confirmPassword: "my new long password" });
    expect(await liveSessionUserId(here.id)).toBe(user.id);
    expect(await liveSessionUserId(elsewhere.id)).toBeNull();
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, "my new long password")).toBe(true);
  });
});
