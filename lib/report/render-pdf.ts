import { chromium } from "playwright-core";
import { env } from "../env";
import { logger } from "../logger";
import { createPrintToken } from "./print-token";
import type { ReportOptions } from "./schemas";

// "Download PDF": the same report page, rendered by headless Chromium on the server and printed
// with the page's own print stylesheet. Chromium is given a one-minute print token for this one
// report (print-token.ts), never the person's session.

export const PDF_FORMATS = ["A4", "Letter"] as const;
export type PdfFormat = (typeof PDF_FORMATS)[number];

const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];
const RENDER_TIMEOUT_MS = 30_000;

export class RendererBusyError extends Error {
  constructor() {
    super("Several reports are being prepared right now. Please try again in a minute.");
  }
}

// Counted per process: a guard on this machine's memory, not state another instance needs.
let rendering = 0;

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

export async function renderReportPdf(userId: string, options: ReportOptions, format: PdfFormat, deps: { url?: (token: string) => string } = {}): Promise<Buffer> {
  if (rendering >= env().REPORT_PDF_CONCURRENCY) throw new RendererBusyError();
  rendering++;
  const started = Date.now();
  const browser = await chromium.launch({ executablePath: env().CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: RENDER_TIMEOUT_MS }).catch((error: unknown) => {
    rendering--;
    throw error;
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const url = (deps.url ?? printPageUrl)(createPrintToken(userId, options));
    const response = await page.goto(url, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
    if (!response?.ok()) throw new Error(`the print page answered ${response?.status() ?? "nothing"}`);
    const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false, margin: { top: "20mm", bottom: "18mm", left: "14mm", right: "14mm" }, outline: true, tagged: true });
    logger.info({ userId, ms: Date.now() - started, bytes: pdf.length }, "report PDF rendered");
    return pdf;
  } finally {
    rendering--;
    await browser.close();
  }
}
