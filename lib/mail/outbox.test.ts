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

  it("is shown only in outbox mode and only for a local app URL", () => {
    expect(isOutboxVisible("http://localhost:3000", true)).toBe(true);
    expect(isOutboxVisible("http://127.0.0.1:3100", true)).toBe(true);
    expect(isOutboxVisible("http://localhost:3000", false)).toBe(false);
    expect(isOutboxVisible("https://footnote.example.org", true)).toBe(false);
  });
});
