import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("fills defaults for a fresh machine", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe(".data");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", SMTP_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names each malformed variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", PORT: "eighty", NEXTAUTH_SECRET: "short" })).toThrow(EnvError);
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "eighty", NEXTAUTH_SECRET: "short" });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
      expect(message).toMatch(/PORT:/);
      expect(message).toMatch(/NEXTAUTH_SECRET: must be at least 32 characters/);
    }
  });
});
