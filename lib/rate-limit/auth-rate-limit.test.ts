import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { serverEnv } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { consumeAuthAttempt, tooManyAttemptsMessage } from "./auth-rate-limit";

describe("auth rate limits (defaults: 5 per email, 30 per IP, per 15 minutes)", () => {
  it("allows five attempts for one email, then answers with the time to wait", async () => {
    const email = `limit-${randomUUID()}@example.com`;
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(await consumeAuthAttempt("sign-in", { ip: `10.0.0.${attempt}`, email })).toEqual({ allowed: true });
    }
    const refused = await consumeAuthAttempt("sign-in", { ip: "10.0.0.99", email: email.toUpperCase() });
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      expect(tooManyAttemptsMessage(refused.retryAfterSeconds)).toBe("Too many attempts. Please try again in 15 minutes.");
    }
    // Another action keeps its own count.
    expect(await consumeAuthAttempt("password-reset", { ip: "10.0.0.99", email })).toEqual({ allowed: true });
  });

  it("limits one IP across many emails", async () => {
    const ip = `ip-${randomUUID()}`;
    for (let attempt = 0; attempt < 30; attempt++) {
      expect((await consumeAuthAttempt("sign-up", { ip, email: `${randomUUID()}@example.com` })).allowed).toBe(true);
    }
    expect((await consumeAuthAttempt("sign-up", { ip, email: `${randomUUID()}@example.com` })).allowed).toBe(false);
  });

  it("counts in PostgreSQL, so two app instances share one limit", async () => {
    const key = `shared-${randomUUID()}`;
    const instances = [0, 1].map(
      () => new PrismaClient({ adapter: new PrismaPg({ connectionString: serverEnv().DATABASE_URL, max: 2 }) }),
    );
    const limiters = instances.map(
      (client) => new RateLimiterPrisma({ storeClient: client, tableName: "rateLimit", keyPrefix: "test", points: 5, duration: 60, clearExpiredByTimeout: false }),
    );
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, index) => limiters[index % 2]!.consume(key)));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(5);
    await Promise.all(instances.map((client) => client.$disconnect()));
  });
});
