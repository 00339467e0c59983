import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { CLIENT_ADDRESS_HEADER } from "../http/client-address";
import { countMiss } from "./limits";
import { isTokenPage } from "./token-guesses";

// Pages opened by a secret in the URL answer 429 to an address that has guessed too many tokens
// (30 per 15 minutes by default); the page itself is never reached, and other pages still open.

const get = (path: string, address: string) => proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { [CLIENT_ADDRESS_HEADER]: address } }));

describe("token pages", () => {
  it("are the share page, the reminder email pages and invitations, however the token is written", () => {
    for (const path of ["/share/abc", "/share/%2e%2e%2Fx", "/r/pause", "/r/snooze", "/invitations/abc"]) expect(isTokenPage(path), path).toBe(true);
    for (const path of ["/share", "/share/print/abc", "/r/done", "/r/snooze/confirm", "/invitations", "/sign-in", "/today"]) expect(isTokenPage(path), path).toBe(false);
  });

  it("answer an address that used up its guesses with 429, the sentence and when to try again", async () => {
    const address = `203.0.113.9-${randomUUID()}`;
    expect((await get("/share/not-a-real-token", address)).status).toBe(200);
    for (let miss = 0; miss < 30; miss++) await countMiss("token-guess:ip", address);

    for (const path of ["/share/another-token", "/r/pause?token=x", "/r/snooze?token=y"]) {
      const response = await get(path, address);
      expect(response.status, path).toBe(429);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(14 * 60);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      const html = await response.text();
      expect(html).toContain("<h1>Too many attempts</h1>");
      expect(html).toContain("Too many attempts. Please try again in 15 minutes.");
    }
    expect((await get("/sign-in", address)).status).toBe(200);
    // A token page's server action is a POST: it answers with its own message, in the form.
    const action = await proxy(new NextRequest("http://localhost:3000/invitations/x", { method: "POST", headers: { [CLIENT_ADDRESS_HEADER]: address } }));
    expect(action.status).toBe(200);
    expect((await get("/share/a-token", `198.51.100.7-${randomUUID()}`)).status).toBe(200);
  });
});
