import { describe, expect, it } from "vitest";
import { z } from "zod";
import { lazyResolver } from "./lazy-resolver";

const schema = z.object({ email: z.string().trim().min(1, "Enter your email address") });
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe("a form's lazily imported schema", () => {
  it("checks with the schema once the import arrives", async () => {
    const { resolve } = lazyResolver(() => Promise.resolve(schema));
    expect(await resolve({ email: " a@example.com " }, undefined, options)).toEqual({ values: { email: "a@example.com" }, errors: {} });
    expect((await resolve({ email: "" }, undefined, options)).errors.email?.message).toBe("Enter your email address");
  });

  it("tries the import again after it failed (a dropped connection), instead of failing every later check", async () => {
    let attempts = 0;
    const { resolve, preload } = lazyResolver(() => (++attempts === 1 ? Promise.reject(new TypeError("Failed to fetch")) : Promise.resolve(schema)));
    expect(() => preload()).not.toThrow();
    await new Promise((done) => setTimeout(done, 0));
    expect(attempts).toBe(1);
    expect(await resolve({ email: "a@example.com" }, undefined, options)).toEqual({ values: { email: "a@example.com" }, errors: {} });
    expect(attempts).toBe(2);
    await resolve({ email: "b@example.com" }, undefined, options);
    expect(attempts).toBe(2);
  });
});
