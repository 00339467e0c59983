import { describe, expect, it } from "vitest";
import { AppError } from "../app-error";
import { db } from "../db/client";
import { createTestUser, TEST_PASSWORD, uniqueEmail } from "../testing/factories";
import { verifyPassword } from "./password";
import { signUpSchema } from "./schemas";
import { EMAIL_TAKEN_MESSAGE, signUp } from "./sign-up";

describe("signUp", () => {
  it("stores the email lower-cased, the time zone, and an argon2id hash (never the password)", async () => {
    const email = uniqueEmail("Mixed.Case");
    const input = signUpSchema.parse({ name: " Ann Lee ", email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD, timeZone: "America/New_York" });
    const { userId } = await signUp(input);
    const stored = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, timeZone: true, passwordHash: true } });
    expect(stored.email).toBe(email.toLowerCase());
    expect(stored.name).toBe("Ann Lee");
    expect(stored.timeZone).toBe("America/New_York");
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
    expect(await verifyPassword(stored.passwordHash, TEST_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash, "wrong password!")).toBe(false);
  });

  it("refuses a second account for the same email in any letter case, at the email field", async () => {
    const user = await createTestUser();
    const again = signUpSchema.parse({ name: "Copy", email: user.email.toUpperCase(), password: TEST_PASSWORD, timeZone: "UTC" });
    const error = await signUp(again).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ field: "email", message: EMAIL_TAKEN_MESSAGE });
    expect(await db().user.count({ where: { email: user.email } })).toBe(1);
  });

  it("omits the password hash from ordinary queries", async () => {
    const user = await createTestUser();
    const loaded = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(loaded).not.toHaveProperty("passwordHash");
  });
});
