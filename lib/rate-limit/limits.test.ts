import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { describe, expect, it } from "vitest";
import { AppError } from "../app-error";
import { serverEnv } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { assertWithinLimit, consumeLimits, countMiss, refundLimit } from "./limits";

const refusal = (work: Promise<unknown>) => work.then(() => null, (error: unknown) => error);

describe("limits (defaults: 5 per email, 30 per address, per 15 minutes)", () => {
  it("allows five attempts for one email, then answers 429 with the sentence and the time to wait", async () => {
    const email = `limit-${randomUUID()}@example.com`;
    for (let attempt = 1; attempt <= 5; attempt++) await consumeLimits(["sign-up:ip", `10.0.0.${attempt}`], ["sign-up:email", email]);
    const error = await refusal(consumeLimits(["sign-up:ip", "10.0.0.99"], ["sign-up:email", ` ${email.toUpperCase()} `]));
    expect(error).toBeInstanceOf(AppError);
    const { status, retryAfterSeconds, message } = error as AppError;
    expect(status).toBe(429);
    expect(retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(message).toBe("Too many attempts. Please try again in 15 minutes.");
    // Another limit keeps its own count.
    await expect(consumeLimits(["password-reset:email", email])).resolves.toBeUndefined();
  });

  it("limits one address across many emails", async () => {
    const ip = `ip-${randomUUID()}`;
    for (let attempt = 0; attempt < 30; attempt++) await consumeLimits(["sign-up:ip", ip], ["sign-up:email", `${randomUUID()}@example.com`]);
    expect(await refusal(consumeLimits(["sign-up:ip", ip], ["sign-up:email", `${randomUUID()}@example.com`]))).toMatchObject({ status: 429 });
  });

  it("gives back attempts that went well, so only failures lock out", async () => {
    const email = `refund-${randomUUID()}@example.com`;
    for (let success = 0; success < 20; success++) {
      await consumeLimits(["sign-in:account", email]);
      await refundLimit("sign-in:account", email);
    }
    for (let failure = 0; failure < 5; failure++) await consumeLimits(["sign-in:account", email]);
    expect(await refusal(consumeLimits(["sign-in:account", email]))).toMatchObject({ status: 429 });
  });

  it("counts misses without refusing them, and refuses once they are used up", async () => {
    const ip = `guesser-${randomUUID()}`;
    for (let miss = 0; miss < 29; miss++) await countMiss("token-guess:ip", ip);
    await expect(assertWithinLimit("token-guess:ip", ip)).resolves.toBeUndefined();
    await countMiss("token-guess:ip", ip);
    await countMiss("token-guess:ip", ip);
    expect(await refusal(assertWithinLimit("token-guess:ip", ip))).toMatchObject({ status: 429, message: expect.stringMatching(/^Too many attempts/) });
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

  it("answers 429 when the cached limiter comes from another bundle's copy of rate-limiter-flexible", async () => {
    // Next's server bundles share globalThis but not modules: the used-up answer is then an
    // object of a class this module's `instanceof` does not know.
    const holder = globalThis as unknown as { footnoteLimiters?: Map<string, unknown> };
    const cache = (holder.footnoteLimiters ??= new Map());
    const foreign = { msBeforeNext: 90_000, remainingPoints: 0, consumedPoints: 6, isFirstInDuration: false };
    const original = cache.get("two-step:user");
    cache.set("two-step:user", { consume: () => Promise.reject(foreign) });
    try {
      expect(await refusal(consumeLimits(["two-step:user", "someone"]))).toMatchObject({ status: 429, retryAfterSeconds: 90 });
      await expect(countMiss("two-step:user", "someone")).resolves.toBeUndefined();
    } finally {
      if (original) cache.set("two-step:user", original);
      else cache.delete("two-step:user");
    }
  });
});
