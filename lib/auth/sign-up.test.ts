import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { listOutbox } from "../mail/outbox";
import { createTestUser, TEST_PASSWORD, uniqueEmail } from "../testing/factories";
import { COMMON_PASSWORD_MESSAGE } from "./common-passwords";
import { verifyPassword } from "./password";
import { signUpSchema } from "./schemas";
import { completeSignUp, requestSignUp } from "./sign-up";

const input = (email: string, password = TEST_PASSWORD) => signUpSchema.parse({ name: " Ann Lee ", email, password, timeZone: "America/New_York" });

async function linkTokenFor(email: string): Promise<string> {
  const [mail] = await listOutbox({ to: email });
  const token = /\/sign-up\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no sign-up link for ${email}`);
  return token;
}

describe("sign-up", () => {
  it("makes no account until the emailed link is used, then stores the email lower-cased and an argon2id hash", async () => {
    const email = uniqueEmail("Mixed.Case");
    await requestSignUp(input(`  ${email.toUpperCase()} `));
    expect(await db().user.count({ where: { email: email.toLowerCase() } })).toBe(0);
    const [mail] = await listOutbox({ to: email });
    expect(mail?.subject).toBe("Finish creating your Footnote account");

    const user = await completeSignUp(await linkTokenFor(email));
    const stored = await db().user.findUniqueOrThrow({ where: { id: user?.id }, select: { email: true, name: true, timeZone: true, passwordHash: true, emailVerified: true } });
    expect(stored).toMatchObject({ email: email.toLowerCase(), name: "Ann Lee", timeZone: "America/New_York" });
    expect(stored.emailVerified).not.toBeNull();
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("uses a link once, and not after it expires", async () => {
    const email = uniqueEmail("once");
    await requestSignUp(input(email));
    const token = await linkTokenFor(email);
    expect(await completeSignUp(token)).not.toBeNull();
    expect(await completeSignUp(token)).toBeNull();

    const late = uniqueEmail("late");
    await requestSignUp(input(late));
    await db().pendingSignUp.updateMany({ where: { email: late.toLowerCase() }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await completeSignUp(await linkTokenFor(late))).toBeNull();
    expect(await db().user.count({ where: { email: late.toLowerCase() } })).toBe(0);
  });

  it("answers an address that has an account exactly as a new one, and mails its owner instead", async () => {
    const owner = await createTestUser({ name: "Owner" });
    await expect(requestSignUp(input(owner.email.toUpperCase(), "a different long password"))).resolves.toBeUndefined();
    const [mail] = await listOutbox({ to: owner.email });
    expect(mail?.subject).toBe("You already have a Footnote account");
    expect(mail?.text).toContain("Hello Owner,");
    const after = await db().user.findUniqueOrThrow({ where: { id: owner.id }, select: { passwordHash: true } });
    expect(await verifyPassword(after.passwordHash, TEST_PASSWORD)).toBe(true);
  });

  it("refuses the most common passwords at the password field, and keeps good long ones", async () => {
    for (const common of ["password1234", "1234567890", "qwertyuiop", "iloveyou123", "aaaaaaaaaaaa"]) {
      await expect(requestSignUp(input(uniqueEmail("common"), common))).rejects.toMatchObject({ field: "password", message: COMMON_PASSWORD_MESSAGE });
    }
    await expect(requestSignUp(input(uniqueEmail("good"), "my feet hurt on mondays"))).resolves.toBeUndefined();
  });

  it("omits the password hash from ordinary queries", async () => {
    const user = await createTestUser();
    const loaded = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(loaded).not.toHaveProperty("passwordHash");
  });
});
