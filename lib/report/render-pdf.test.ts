import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { waitUntil } from "../testing/wait-until";

// The PDF renderer with the real Chromium, printing pages from a loopback server the test controls:
// one warm browser shared by renders in contexts of their own, a new one after it dies, and a short
// queue before "busy". One render at a time and one waiting, to make the queue easy to fill.
vi.stubEnv("REPORT_PDF_CONCURRENCY", "1");
vi.stubEnv("REPORT_PDF_QUEUE", "1");
const { renderReportPdf, RendererBusyError } = await import("./render-pdf");
const { closeWarmBrowser } = await import("./warm-browser");

type Held = { response: ServerResponse; path: string };
const requests: { path: string; cookie: string | undefined }[] = [];
const held: Held[] = [];
const page = (title: string) => `<!doctype html><html lang="en"><title>${title}</title><h1>${title}</h1></html>`;
const server = createServer((request: IncomingMessage, response: ServerResponse) => {
  const path = new URL(request.url ?? "/", "http://x").pathname;
  requests.push({ path, cookie: request.headers.cookie });
  // "/held/…" answers only when the test releases it; everything else at once, setting a cookie
  // that a later render must not see.
  if (path.startsWith("/held/")) return void held.push({ response, path });
  response.writeHead(200, { "Content-Type": "text/html", "Set-Cookie": "seen=yes; Path=/; Max-Age=600" }).end(page(path));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

afterAll(async () => {
  await closeWarmBrowser();
  await new Promise((resolve) => server.close(resolve));
  vi.unstubAllEnvs();
});
beforeEach(() => {
  requests.length = 0;
});

const options = { from: "2026-01-01", to: "2026-03-31", sections: [] };
const render = (path: string) => renderReportPdf("someone", options, "A4", { url: () => `${base}${path}` });

/** Chromium browser processes started by this test process (Playwright launches them as children). */
function chromiumChildren(): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((pid) => {
      try {
        const [, comm = "", rest = ""] = /^\d+ \((.*)\) (.*)$/.exec(readFileSync(`/proc/${pid}/stat`, "utf8").trimEnd()) ?? [];
        const parent = Number(rest.split(" ")[1]);
        return parent === process.pid && comm.startsWith("chromium") ? [Number(pid)] : [];
      } catch {
        return []; // the process ended while we looked
      }
    });
}

const untilHeld = (count: number) => waitUntil(() => held.length >= count, `${count} held requests`, 20_000);

describe("PDF rendering", () => {
  it("renders in one warm Chromium, each render in a fresh context that sees nothing of the one before", async () => {
    const first = await render("/first");
    const second = await render("/second");

    expect(first.subarray(0, 5).toString()).toBe("%PDF-");
    expect(second.subarray(0, 5).toString()).toBe("%PDF-");
    expect(requests.filter((request) => request.path !== "/favicon.ico")).toEqual([
      { path: "/first", cookie: undefined },
      { path: "/second", cookie: undefined },
    ]);
    expect(chromiumChildren()).toHaveLength(1);
  });

  it("starts a new Chromium when the warm one has died", async () => {
    await render("/before");
    const [dead] = chromiumChildren();
    expect(dead).toBeDefined();
    process.kill(dead!, "SIGKILL");

    const pdf = await render("/after");
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const alive = chromiumChildren();
    expect(alive).toHaveLength(1);
    expect(alive).not.toContain(dead);
  });

  it("queues a render while another runs, and answers busy only when the queue is full too", async () => {
    const running = render("/held/running");
    await untilHeld(1);
    const waiting = render("/held/waiting");
    await expect(render("/turned-away")).rejects.toBeInstanceOf(RendererBusyError);
    expect(requests.map((request) => request.path)).not.toContain("/turned-away");

    held.shift()!.response.writeHead(200, { "Content-Type": "text/html" }).end(page("running"));
    await expect(running).resolves.toBeInstanceOf(Buffer);
    // The waiting render starts only now that the first is done.
    await untilHeld(1);
    expect(held[0]?.path).toBe("/held/waiting");
    held.shift()!.response.writeHead(200, { "Content-Type": "text/html" }).end(page("waiting"));
    await expect(waiting).resolves.toBeInstanceOf(Buffer);
  });
});
