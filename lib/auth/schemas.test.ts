import { describe, expect, it } from "vitest";
import { readMessage } from "../i18n/read-message";
import { changePasswordSchema, signInSchema, signUpSchema } from "./schemas";

const valid = { name: "Ann", email: "ann@example.com", password: "0123456789", timeZone: "Europe/Paris" };

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  // Schemas answer in message keys; a person reads them in their language (here English).
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), readMessage(issue.message, "en")]));
}

describe("signUpSchema", () => {
  it("accepts a complete sign-up and normalises the email", () => {
    expect(signUpSchema.parse({ ...valid, email: " Ann@Example.COM " }).email).toBe("ann@example.com");
  });

  it("gives each bad field its own message", () => {
    const result = signUpSchema.safeParse({ name: " ", email: "not-an-email", password: "short", timeZone: "Mars/Olympus" });
    expect(messages(result)).toEqual({
      name: "Enter your name",
      email: "Enter an email address like name@example.com",
      password: "Use at least 10 characters",
      timeZone: "Choose a time zone from the list, for example Europe/London",
    });
  });

  it("accepts UTC and any IANA zone", () => {
    expect(signUpSchema.safeParse({ ...valid, timeZone: "UTC" }).success).toBe(true);
    expect(signUpSchema.safeParse({ ...valid, timeZone: "Australia/Lord_Howe" }).success).toBe(true);
  });
});

describe("other schemas", () => {
  it("sign-in needs both fields", () => {
    expect(messages(signInSchema.safeParse({ email: "", password: "" }))).toEqual({
      email: "Enter your email address",
      password: "Enter your password",
    });
  });

  it("a new password must be typed twice the same", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "0123456789", confirmPassword: "0123456780" });
    expect(messages(result)).toEqual({ confirmPassword: "The two passwords do not match" });
  });
});
