import { env } from "../env";
import { logger } from "../logger";
import { createPrintToken } from "./print-token";
import { createRenderQueue } from "./render-queue";
import type { ReportOptions } from "./schemas";
import { withIsolatedPage } from "./warm-browser";

// "Download PDF": the same report page, rendered by headless Chromium on the server and printed
// with the page's own print stylesheet. Chromium is given a one-minute print token for this one
// report (print-token.ts), never the person's session. The instance's warm Chromium renders it in
// a context of its own (warm-browser.ts); renders beyond REPORT_PDF_CONCURRENCY wait in a short
// queue (render-queue.ts). See docs/decisions/0020 and 0036.

export { RendererBusyError } from "./render-queue";

export const PDF_FORMATS = ["A4", "Letter"] as const;
export type PdfFormat = (typeof PDF_FORMATS)[number];

const RENDER_TIMEOUT_MS = 30_000;
/** How long a render may wait for its turn; the person sees a progress bar meanwhile. */
const QUEUE_WAIT_MS = 30_000;

const globalForQueue = globalThis as unknown as { footnotePdfQueue?: ReturnType<typeof createRenderQueue> };
const renderQueue = (globalForQueue.footnotePdfQueue ??= createRenderQueue(() => ({
  concurrency: env().REPORT_PDF_CONCURRENCY,
  waiting: env().REPORT_PDF_QUEUE,
  maxWaitMs: QUEUE_WAIT_MS,
})));

export function pdfFileName(today: string): string {
  return `footnote-report-${today}.pdf`;
}

/** Letter paper where it is the custom (the US, Canada, Mexico, the Philippines…), A4 elsewhere. */
export function defaultPdfFormat(locale: string): PdfFormat {
  return /-(US|CA|MX|PH|CL|CO|VE|GT|PR)$/i.test(locale) ? "Letter" : "A4";
}

export function printPageUrl(token: string): string {
  const config = env();
  const base = config.REPORT_RENDER_URL ?? `http://127.0.0.1:${config.PORT}`;
  return new URL(`/share/print/${token}`, base).toString();
}

export function renderReportPdf(userId: string, options: ReportOptions, format: PdfFormat, deps: { url?: (token: string) => string } = {}): Promise<Buffer> {
  return renderQueue.run(() =>
    withIsolatedPage(async (page) => {
      const started = Date.now();
      // Signed when its turn comes, so a wait in the queue does not eat into its one minute.
      const url = (deps.url ?? printPageUrl)(createPrintToken(userId, options));
      const response = await page.goto(url, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
      if (!response?.ok()) throw new Error(`the print page answered ${response?.status() ?? "nothing"}`);
      const loadedMs = Date.now() - started;
      const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false, margin: { top: "20mm", bottom: "18mm", left: "14mm", right: "14mm" }, outline: true, tagged: true });
      logger.info({ userId, ms: Date.now() - started, loadedMs, bytes: pdf.length }, "report PDF rendered");
      return pdf;
    }),
  );
}
