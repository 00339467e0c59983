import pino from "pino";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as calendarFeed } from "@/app/api/calendar/[token]/route";
import { onRequestError } from "@/instrumentation";
import { AppError } from "./app-error";
import { regenerateCalendarFeed } from "./appointments/calendar-feed";
import { requestEmailChange } from "./auth/account-settings";
import { requestPasswordReset } from "./auth/password-reset";
import { requestSignUp } from "./auth/sign-up";
import { signUpSchema } from "./auth/schemas";
import { db } from "./db/client";
import { CLIENT_ADDRESS_HEADER } from "./http/client-address";
import { logger } from "./logger";
import { listOutbox } from "./mail/outbox";
import { signEmailLink } from "./reminders/email-token";
import { createReminder } from "./reminders/reminders";
import { REPORT_SECTIONS } from "./report/sections";
import { publicRoute } from "./routes";
import { createShareLink } from "./share-links/share-links";
import { createTestUser, TEST_PASSWORD, uniqueEmail } from "./testing/factories";
import { ownerAccess } from "./journals/policy";

// What the route chain answers and what it writes to the log, with real tokens from real services.

const BASE = "http://localhost:3000";
const from = (address: string, headers: Record<string, string> = {}) => ({ [CLIENT_ADDRESS_HEADER]: address, host: "localhost:3000", ...headers });

/** Every line the logger writes while `work` runs. */
async function logLines(work: () => Promise<unknown>): Promise<string[]> {
  const stream = (logger as unknown as Record<symbol, { write(line: string): unknown }>)[pino.symbols.streamSym]!;
  const lines: string[] = [];
  const spy = vi.spyOn(stream, "write").mockImplementation((line: string) => lines.push(line));
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return lines;
}

async function tokenFromOutbox(to: string, pattern: RegExp): Promise<string> {
  const [mail] = await listOutbox({ to });
  const token = pattern.exec(mail?.text ?? "")?.[1];
  if (!token) throw new Error(`no token for ${to}`);
  return token;
}

afterEach(() => vi.restoreAllMocks());

describe("the route chain", () => {
  it("answers an AppError with its status and message, a 429 with Retry-After, and anything else with a general 500", async () => {
    const failing = (error: unknown) => publicRoute(async () => Promise.reject(error));
    const notFound = await failing(AppError.notFound())(new Request(`${BASE}/x`));
    expect([notFound.status, await notFound.json()]).toEqual([404, { error: "errors.notFound" }]);
    const limited = await failing(new AppError("Too many attempts. Please try again in 2 minutes.", { status: 429, retryAfterSeconds: 90 }))(new Request(`${BASE}/x`));
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "90"]);
    const lines = await logLines(async () => {
      const crash = await failing(new Error("database on fire"))(new Request(`${BASE}/x`, { headers: { "x-request-id": "req-123" } }));
      expect([crash.status, await crash.json()]).toEqual([500, { error: "errors.generic" }]);
    });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ requestId: "req-123", path: "/x", msg: "route failed", err: { message: "database on fire" } });
  });

  it("refuses another site's unsafe requests with 403", async () => {
    const route = publicRoute(async () => new Response("done"));
    const cross = await route(new Request(`${BASE}/x`, { method: "POST", headers: { ...from("127.0.0.1"), origin: "https://evil.example" } }));
    expect(cross.status).toBe(403);
    expect((await route(new Request(`${BASE}/x`, { method: "POST", headers: { ...from("127.0.0.1"), origin: BASE } }))).status).toBe(200);
  });

  it("stops an address guessing calendar-feed tokens after 30 misses, even for a real token", async () => {
    const user = await createTestUser();
    const token = await regenerateCalendarFeed(user.id);
    const guesser = `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;
    const get = (value: string, address: string) => calendarFeed(new Request(`${BASE}/api/calendar/${value}.ics`, { headers: from(address) }), { params: Promise.resolve({ token: `${value}.ics` }) });
    for (let guess = 0; guess < 30; guess++) expect((await get(`guess${guess}`.padEnd(43, "x"), guesser)).status).toBe(404);
    const refused = await get(token, guesser);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/^Too many attempts\. Please try again in \d+ minutes?\.$/) });
    // Anyone else with the real link is served.
    expect((await get(token, "203.0.113.20")).status).toBe(200);
  });
});

describe("logs", () => {
  it("carry no live token of any kind, from failing routes or from Next.js's own error hook", async () => {
    const owner = await createTestUser();
    const shareToken = (await createShareLink(owner.id, { from: "2026-01-01", to: "2026-12-31", sections: [...REPORT_SECTIONS], expiresInHours: 24 }))!.token;
    const calendarToken = await regenerateCalendarFeed(owner.id);
    await requestPasswordReset(owner.email);
    const resetToken = await tokenFromOutbox(owner.email, /reset-password\?token=([\w-]+)/);
    const newEmail = uniqueEmail("moved");
    await requestEmailChange(owner.id, { email: newEmail, currentPassword: TEST_PASSWORD });
    const emailChangeToken = await tokenFromOutbox(newEmail, /confirm-email\?token=([\w-]+)/);
    const signUpEmail = uniqueEmail("joining");
    await requestSignUp(signUpSchema.parse({ name: "Joining", email: signUpEmail, password: TEST_PASSWORD, timeZone: "UTC" }));
    const signUpToken = await tokenFromOutbox(signUpEmail, /sign-up\/confirm\?token=([\w-]+)/);
    const reminder = await createReminder(ownerAccess(owner.id), { kind: "SELF_CHECK", title: "", frequency: "DAILY", weekdays: [], intervalDays: null, dayOfMonth: null, localTime: "08:00", timeZone: "UTC", startDate: "2026-01-01", endDate: null });
    const delivery = await db().delivery.create({ data: { userId: owner.id, reminderId: reminder.id, occurrenceAt: new Date(), localDate: new Date("2026-01-01T00:00:00Z"), status: "SENT" } });
    const emailLinkToken = signEmailLink({ userId: owner.id, reminderId: reminder.id, deliveryId: delivery.id, expiresAt: new Date(Date.now() + 86_400_000) });
    const magicLinkToken = crypto.randomUUID().replaceAll("-", "") + crypto.randomUUID().replaceAll("-", "");

    const urls = [
      `/share/${shareToken}`,
      `/share/print/${shareToken}`,
      `/api/share/${shareToken}/photos/photo-1?size=thumb`,
      `/api/calendar/${calendarToken}.ics`,
      `/reset-password?token=${resetToken}`,
      `/confirm-email?token=${emailChangeToken}`,
      `/sign-up/confirm?token=${signUpToken}&callbackUrl=%2Ftoday`,
      `/sign-in/link?token=${magicLinkToken}&email=${encodeURIComponent(owner.email)}`,
      `/api/auth/callback/email?token=${magicLinkToken}&email=${encodeURIComponent(owner.email)}`,
      `/r/pause?token=${emailLinkToken}`,
      `/r/snooze/confirm?token=${emailLinkToken}&until=hour`,
    ];
    const secrets = [shareToken, calendarToken, resetToken, emailChangeToken, signUpToken, magicLinkToken, emailLinkToken, ...emailLinkToken.split("."), owner.email];
    const failing = publicRoute(async () => Promise.reject(new Error("failed on purpose")));
    const lines = await logLines(async () => {
      for (const url of urls) {
        await failing(new Request(`${BASE}${url}`));
        await onRequestError(new Error("render failed on purpose"), { path: url, method: "GET", headers: {} }, { routerKind: "App Router", routePath: "/x", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined });
      }
    });
    expect(lines).toHaveLength(urls.length * 2);
    for (const line of lines) {
      for (const secret of secrets) expect(line).not.toContain(secret);
      expect(line).not.toContain("?");
    }
    expect(lines.map((line) => (JSON.parse(line) as { path: string }).path)).toContain("/share/***");
  });
});
