import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";
import { composeMail } from "./compose";

const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
const { sendMail, isOutboxMode } = await import("./send-mail");
const { db } = await import("../db/client");

afterAll(async () => {
  await smtp.close();
  vi.unstubAllEnvs();
});

describe("sendMail with SMTP_URL", () => {
  beforeAll(() => expect(isOutboxMode()).toBe(false));

  it("delivers a message with a plain-text and an HTML part to the SMTP server", async () => {
    const mail = composeMail("A test <subject>", "Hello Ann,", [
      { paragraph: "Your feet & you." },
      { button: { label: "Open Footnote", url: "http://localhost:3000/today?a=1&b=2" } },
    ]);
    const { messageId } = await sendMail({ to: "ann@example.com", ...mail, messageId: "<delivery-1@footnote>" });
    const [received] = await smtp.waitForMessages(1);

    expect(messageId).toBe("<delivery-1@footnote>");
    expect(received?.messageId).toBe("<delivery-1@footnote>");
    expect(received?.subject).toBe("A test <subject>");
    expect(received?.to).toMatchObject({ text: "ann@example.com" });
    expect(received?.text).toContain("Your feet & you.");
    expect(received?.text).toContain("http://localhost:3000/today?a=1&b=2");
    expect(received?.html).toContain("Your feet &amp; you.");
    expect(received?.html).toContain('href="http://localhost:3000/today?a=1&amp;b=2"');
    expect(await db().outboxMessage.count({ where: { to: "ann@example.com" } })).toBe(0);
  });
});
