import { describe, expect, it } from "vitest";
import { composeMail } from "./compose";
import { isOutboxVisible, listOutbox } from "./outbox";
import { isOutboxMode, sendMail } from "./send-mail";

describe("outbox mode (no SMTP_URL)", () => {
  it("keeps the message, both parts, in the outbox table", async () => {
    expect(isOutboxMode()).toBe(true);
    const to = `outbox-${crypto.randomUUID()}@example.com`;
    await sendMail({ to, ...composeMail("Kept locally", "Hello,", [{ paragraph: "Stored, not sent." }]) });
    const [stored] = await listOutbox({ to: to.toUpperCase() });
    expect(stored?.subject).toBe("Kept locally");
    expect(stored?.text).toContain("Stored, not sent.");
    expect(stored?.html).toContain("<p>Stored, not sent.</p>");
  });

  it("is shown only in outbox mode and only to a client on this machine", () => {
    expect(isOutboxVisible("127.0.0.1", true)).toBe(true);
    expect(isOutboxVisible("::1", true)).toBe(true);
    expect(isOutboxVisible("127.0.0.1", false)).toBe(false);
    expect(isOutboxVisible("192.168.1.20", true)).toBe(false);
    expect(isOutboxVisible("203.0.113.9", true)).toBe(false);
    expect(isOutboxVisible("unknown", true)).toBe(false);
  });
});
