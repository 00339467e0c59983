// How long the doctor report takes for a year of daily checks with 20 photos:
//   - the report page's server time (the print page: the same ReportDocument, rendered by Next.js)
//   - "Download PDF" end to end: the first (Chromium launched), then in the warm Chromium (a fresh
//     context each, the page loaded with its photos, printed), then four asked for at once.
//   npm run bench:report            (5 runs each after 1 warm-up)
// Starts its own embedded PostgreSQL (in a temporary folder) and the production build of the app
// (run `npx next build` first if there is none). Target: the PDF's median ≤ 1.5 s on this machine.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { applyMigrations } from "../lib/db/migrations/apply-migrations";
import { childEnv, setForThisProcess } from "../lib/env";

const runs = Number(process.argv[2] ?? 5);
const TARGET_MS = 1500;
const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
};

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npx next build` first.");
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "footnote-bench-report-"));
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: 0, database: "footnote_bench" });
  const port = await freePort();
  const settings = { DATABASE_URL: postgres.url, DATA_DIR: dataDir, NEXTAUTH_SECRET: "bench-secret-that-is-at-least-32-characters", PORT: String(port), LOG_LEVEL: "warn" };
  setForThisProcess(settings);
  const app = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "--port", String(port)], {
    env: childEnv({ ...settings, NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1" }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await applyMigrations(postgres.url);
    const { createTestUser } = await import("../lib/testing/factories");
    const { seedReportJournal } = await import("../lib/testing/report-journal");
    const { createPrintToken } = await import("../lib/report/print-token");
    const { renderReportPdf, printPageUrl } = await import("../lib/report/render-pdf");
    const { closeWarmBrowser } = await import("../lib/report/warm-browser");
    const { REPORT_SECTIONS } = await import("../lib/report/sections");

    let started = performance.now();
    const user = await createTestUser({ name: "Bench Person" });
    const journal = await seedReportJournal(user.id, { timeZone: "Europe/London", days: 365, photos: 20 });
    console.log(`seeded ${journal.pains.length} checks over 365 days, ${journal.photoIds.length} photos in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const options = { from: journal.from, to: journal.to, sections: [...REPORT_SECTIONS] };

    for (let waited = 0; ; waited += 250) {
      if (await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)) break;
      if (waited > 60_000) throw new Error("the app did not start");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const pageTimes: number[] = [];
    let pageBytes = 0;
    for (let run = 0; run <= runs; run++) {
      const url = printPageUrl(createPrintToken(user.id, options));
      started = performance.now();
      const response = await fetch(url);
      pageBytes = (await response.text()).length;
      if (!response.ok) throw new Error(`report page answered ${response.status}`);
      if (run > 0) pageTimes.push(performance.now() - started);
    }
    console.log(`report page (server render, ${(pageBytes / 1024).toFixed(0)} KB HTML): ${stats(pageTimes)}`);

    started = performance.now();
    await renderReportPdf(user.id, options, "A4");
    const coldMs = performance.now() - started;
    const pdfTimes: number[] = [];
    let pdfBytes = 0;
    for (let run = 0; run < runs; run++) {
      started = performance.now();
      pdfBytes = (await renderReportPdf(user.id, options, "A4")).length;
      pdfTimes.push(performance.now() - started);
    }
    console.log(`PDF, first (Chromium launched): ${coldMs.toFixed(0)} ms`);
    console.log(`PDF (warm Chromium, fresh context, page and 20 photos loaded, printed A4; ${(pdfBytes / 1024 / 1024).toFixed(1)} MB): ${stats(pdfTimes)}`);
    started = performance.now();
    const together = await Promise.all(Array.from({ length: 4 }, () => renderReportPdf(user.id, options, "A4").then(() => performance.now() - started)));
    console.log(`4 PDFs asked at once (REPORT_PDF_CONCURRENCY 2, the rest queued): all done in ${Math.max(...together).toFixed(0)} ms, none turned away`);
    const median = [...pdfTimes].sort((a, b) => a - b)[Math.floor(pdfTimes.length / 2)]!;
    console.log(median <= TARGET_MS ? `target met: PDF median ≤ ${TARGET_MS / 1000} s` : `TARGET MISSED: PDF median over ${TARGET_MS / 1000} s`);
    await closeWarmBrowser();
  } finally {
    // The app first, so its database connections are gone before PostgreSQL stops.
    const exited = new Promise((resolve) => app.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
    const { closeDb } = await import("../lib/db/client");
    await closeDb();
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
