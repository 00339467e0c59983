import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../app-error";
import { parseEnv } from "../env";
import { clientAddress } from "../http/client-address";
import { isOutboxVisible } from "../mail/outbox";
import { consumeLimits } from "../rate-limit/limits";
import { createAppServer } from "./app-server";

// The launcher's server in front of a stand-in for Next.js that does what the app does with the
// address: count a sign-in attempt against it (per-IP limit, 30 by default) and gate the outbox.

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function serve(trustedProxies?: string): Promise<string> {
  const server = createAppServer(async (request, response) => {
    const headers = new Headers(request.headers as Record<string, string>);
    const address = clientAddress(headers);
    try {
      await consumeLimits(["sign-in:ip", `${address}#${request.url}`]);
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ address, outbox: isOutboxVisible(address, true) }));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      response.writeHead(error.status, { "retry-after": String(error.retryAfterSeconds) }).end(error.message);
    }
  }, parseEnv({ TRUSTED_PROXIES: trustedProxies }).TRUSTED_PROXIES);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => new Promise((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the launcher's HTTP server", () => {
  it("with no trusted proxy, keeps every request from loopback within one per-IP allowance however X-Forwarded-For rotates", async () => {
    const base = await serve();
    const run = `/${crypto.randomUUID()}`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 32; attempt++) {
      const response = await fetch(`${base}${run}`, { headers: { "x-forwarded-for": `203.0.113.${attempt}`, "x-real-ip": `198.51.100.${attempt}` } });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(await response.text()).toMatch(/^Too many attempts\. Please try again in \d+ minutes?\.$/);
      } else {
        expect(await response.json()).toEqual({ address: "127.0.0.1", outbox: true });
      }
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(30);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it("replaces a client-sent address header with the socket's", async () => {
    const base = await serve();
    const response = await fetch(`${base}/${crypto.randomUUID()}`, { headers: { "X-Footnote-Client-Address": "203.0.113.50" } });
    expect(await response.json()).toEqual({ address: "127.0.0.1", outbox: true });
  });

  it("with one trusted hop, uses the address the proxy forwarded, so the outbox is not shown to it", async () => {
    const base = await serve("1");
    const run = `/${crypto.randomUUID()}`;
    for (let attempt = 0; attempt < 32; attempt++) {
      const response = await fetch(`${base}${run}`, { headers: { "x-forwarded-for": `203.0.113.${attempt}` } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ address: `203.0.113.${attempt}`, outbox: false });
    }
  });
});
