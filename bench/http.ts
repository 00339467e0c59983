// Throughput of the signed-in pages people open most, on one `next start`: /today, /journal and
// /trends of a year of daily checks, each driven by autocannon with 20 connections for a bounded
// time over loopback, signed in with a real session cookie. Prints requests per second, p50 / p95
// / p99 latency and errors (any answer but 200, such as a redirect to sign-in, counts as one).
//   npm run bench:http               (20 connections, 15 s per page, after a 3 s warm-up)
//   npm run bench:http -- 10         (10 s per page)
// Needs `npx next build` first. Targets (issue 14): /trends ≥ 80 req/s with p95 ≤ 300 ms.
import autocannon from "autocannon";
import os from "node:os";
import { startAppUnderTest } from "./support/app-under-test";

const seconds = Number(process.argv[2] ?? 15);
const CONNECTIONS = 20;
const PAGES = ["/today", "/journal", "/trends"];

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN;
}

async function drive(url: string, cookie: string, duration: number) {
  const latencies: number[] = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration, headers: { cookie }, timeout: 10 });
  instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return { result, latencies };
}

async function main() {
  const app = await startAppUnderTest({ days: 365 });
  try {
    console.log(`Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}; one person with ${app.checks} checks over a year; ${CONNECTIONS} connections, ${seconds} s per page`);
    for (const page of PAGES) {
      await drive(`${app.url}${page}`, app.cookie, 3);
      const { result, latencies } = await drive(`${app.url}${page}`, app.cookie, seconds);
      const errors = result.errors + result.timeouts + result.non2xx;
      console.log(
        `${page.padEnd(9)} ${result.requests.average.toFixed(1).padStart(6)} req/s   p50 ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms, p99 ${percentile(latencies, 0.99).toFixed(0)} ms   ${result.requests.total} requests, ${errors} errors`,
      );
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
