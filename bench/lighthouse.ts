// Lighthouse 12.2.3 (mobile: simulated throttling, a phone's screen) against the production build,
// for every page a person opens, signed out and signed in (one person with a year of daily checks):
// performance, accessibility and best-practices scores, LCP, TBT, DOM size and the JavaScript
// bytes the page loaded. Lighthouse 12 has no PWA category any more (it was dropped in 12.0);
// the column says so rather than inventing a figure.
//   npm run bench:lighthouse                         (every page, 3 runs each)
//   npm run bench:lighthouse -- /trends --runs 5     (only the pages given, 5 runs each)
// Each page is audited several times and the row is Lighthouse's own median run (the run nearest
// the median first paint and time to interactive, as its CLI picks it); the performance column
// also shows the lowest and highest score of the runs, since one run can move by 15 points here.
// Needs `npx next build` first. Run it with nothing else running. Target (issue 14): performance
// ≥ 95 on every page.
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import lighthouse from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { chromium as playwright } from "playwright-core";
import { freePort } from "../lib/db/embedded-postgres";
import { env } from "../lib/env";
import { startAppUnderTest } from "./support/app-under-test";

const SIGNED_OUT = ["/", "/sign-in", "/sign-up", "/forgot-password"];
const SIGNED_IN = ["/today", "/journal", "/journal/new", "/trends", "/reminders", "/report", "/settings"];
const TARGET = 95;
const { values: options, positionals: chosen } = parseArgs({ options: { runs: { type: "string", default: "3" } }, allowPositionals: true });
const RUNS = Math.max(1, Number(options.runs) || 3);

type Row = {
  page: string;
  performance: number;
  /** The lowest and highest performance score of the runs. */
  spread: [number, number];
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  domNodes: number;
  jsKiB: number;
};
type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = await mkdtemp(path.join(os.tmpdir(), "footnote-lighthouse-"));
  const chromium = spawn(
    // Lighthouse needs the full browser; the PDF renderer's default may be the headless shell.
    env().CHROMIUM_PATH ?? "/usr/bin/chromium",
    ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    { stdio: "ignore" },
  );
  for (let waited = 0; !(await fetch(`http://127.0.0.1:${port}/json/version`).then((response) => response.ok, () => false)); waited += 100) {
    if (waited > 30_000) throw new Error("Chromium did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    port,
    stop: async () => {
      const exited = new Promise((resolve) => chromium.once("exit", resolve));
      chromium.kill("SIGTERM");
      await exited;
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function run(url: string, port: number, cookie: string | null): Promise<Lhr> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
    ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { finalDisplayedUrl } = result.lhr;
  if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended at ${finalDisplayedUrl} (signed out?)`);
  return result.lhr;
}

async function audit(url: string, port: number, cookie: string | null): Promise<Omit<Row, "page">> {
  const runs: Lhr[] = [];
  for (let count = 0; count < RUNS; count++) runs.push(await run(url, port, cookie));
  const scores = runs.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
  const { categories, audits } = computeMedianRun(runs);
  const requests = (audits["network-requests"]?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score("performance"),
    spread: [Math.min(...scores), Math.max(...scores)],
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
    tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
    domNodes: audits["dom-size"]?.numericValue ?? Number.NaN,
    jsKiB: requests.filter((request) => request.resourceType === "Script").reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1024,
  };
}

/**
 * Lighthouse 12 has no installability audit any more: Chromium's own check (what its install
 * prompt uses) on the signed-out start page, in this non-incognito profile. [] means installable.
 */
async function installabilityErrors(url: string, port: number): Promise<string[]> {
  const browser = await playwright.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0]!.newPage();
    await page.goto(url);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    const session = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await session.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
    await page.close();
    return installabilityErrors.map((error) => error.errorId);
  } finally {
    await browser.close();
  }
}

async function main() {
  const app = await startAppUnderTest({ days: 365, photos: 4 });
  const chromium = await startChromium().catch(async (error: unknown) => {
    await app.stop();
    throw error;
  });
  const rows: Row[] = [];
  try {
    console.log(`Lighthouse 12.2.3, mobile, simulated throttling, median of ${RUNS} runs per page; Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}; one person with ${app.checks} checks over a year`);
    const pages = [...SIGNED_OUT.map((page) => ({ page, cookie: null })), ...SIGNED_IN.map((page) => ({ page, cookie: app.cookie }))].filter(({ page }) => !chosen.length || chosen.includes(page));
    for (const { page, cookie } of pages) {
      const row = { page, ...(await audit(`${app.url}${page}`, chromium.port, cookie)) };
      rows.push(row);
      console.log(
        `${page.padEnd(16)} perf ${String(row.performance).padStart(3)} (${row.spread.join("–")})  a11y ${String(row.accessibility).padStart(3)}  best ${String(row.bestPractices).padStart(3)}  PWA —  LCP ${(row.lcpMs / 1000).toFixed(1)} s  TBT ${row.tbtMs.toFixed(0)} ms  DOM ${row.domNodes}  JS ${row.jsKiB.toFixed(0)} KiB`,
      );
    }
    const errors = await installabilityErrors(`${app.url}/`, chromium.port);
    console.log(`installable (Chromium's check; Lighthouse 12 has no PWA category): ${errors.length ? `no — ${errors.join(", ")}` : "yes"}`);
    const below = rows.filter((row) => row.performance < TARGET).map((row) => row.page);
    console.log(below.length ? `TARGET MISSED (performance ≥ ${TARGET}): ${below.join(", ")}` : `target met: performance ≥ ${TARGET} on every page`);
  } finally {
    await chromium.stop();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
