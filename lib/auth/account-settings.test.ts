import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";

const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
const { db } = await import("../db/client");
const { createTestUser, TEST_PASSWORD, uniqueEmail } = await import("../testing/factories");
const { createSession, liveSessionUserId } = await import("./sessions");
const { changePassword, confirmEmailChange, requestEmailChange, requireCurrentPassword, EMAIL_IN_USE } = await import("./account-settings");
const { verifyPassword } = await import("./password");

afterAll(async () => {
  await smtp.close();
  vi.unstubAllEnvs();
});

describe("account settings", () => {
  it("limits wrong current passwords per account, so a borrowed session cannot guess it; right ones do not count", async () => {
    const user = await createTestUser();
    for (let success = 0; success < 6; success++) await expect(requireCurrentPassword(user.id, TEST_PASSWORD)).resolves.toBeUndefined();
    for (let wrong = 0; wrong < 5; wrong++) {
      await expect(requireCurrentPassword(user.id, "a wrong guess of it")).rejects.toMatchObject({ field: "currentPassword", message: "errors.wrongCurrentPassword" });
    }
    await expect(requireCurrentPassword(user.id, TEST_PASSWORD)).rejects.toMatchObject({ status: 429, message: expect.stringMatching(/^Too many attempts/) });
    await expect(changePassword(user.id, "any", { currentPassword: TEST_PASSWORD, newPassword: "a brand new password", confirmPassword: "a brand new password" })).rejects.toMatchObject({ status: 429 });
  });

  it("sends at most five email-change confirmations per window", async () => {
    const user = await createTestUser();
    for (let request = 0; request < 5; request++) await requestEmailChange(user.id, { email: uniqueEmail("spam"), currentPassword: TEST_PASSWORD });
    await expect(requestEmailChange(user.id, { email: uniqueEmail("spam"), currentPassword: TEST_PASSWORD })).rejects.toMatchObject({ status: 429 });
  });

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
    const here = await createSession(user.id, { userAgent: "here", ipAddress: "" }, { method: "PASSWORD" });
    const elsewhere = await createSession(user.id, { userAgent: "elsewhere", ipAddress: "" }, { method: "PASSWORD" });
    await changePassword(user.id, here.id, { currentPassword: TEST_PASSWORD, newPassword: "my new long password", confirmPassword: "my new long password" });
    expect(await liveSessionUserId(here.id)).toBe(user.id);
    expect(await liveSessionUserId(elsewhere.id)).toBeNull();
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(stored.passwordHash, "my new long password")).toBe(true);
  });
});
