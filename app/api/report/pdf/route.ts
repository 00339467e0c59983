import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { defaultReportRange } from "@/lib/report/default-range";
import { defaultPdfFormat, pdfFileName, PDF_FORMATS, renderReportPdf, RendererBusyError, type PdfFormat } from "@/lib/report/render-pdf";
import { parseReportQuery } from "@/lib/report/schemas";
import { journalRoute } from "@/lib/routes";
import { localDateOf } from "@/lib/time/local-day";

export const runtime = "nodejs";

/** The open journal's report as a PDF; the query is the report page's. */
export const GET = journalRoute("read", async ({ access, journal, user }, request) => {
  const query = request.nextUrl.searchParams;
  const today = localDateOf(new Date(), journal.timeZone);
  const parsed = parseReportQuery(query, await defaultReportRange(access.journalId, today));
  if (!parsed.success) throw new AppError(parsed.error.issues[0]?.message ?? messageKey("reportDatesInvalid"), { status: 400 });
  const askedFormat = query.get("format");
  const format: PdfFormat = PDF_FORMATS.find((value) => value === askedFormat) ?? defaultPdfFormat(user.locale);
  const pdf = await renderReportPdf(access.journalId, parsed.data, format).catch((error: unknown) => {
    throw error instanceof RendererBusyError ? new AppError(messageKey("reportsBusy"), { status: 429, retryAfterSeconds: 60 }) : error;
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `attachment; filename="${pdfFileName(today)}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
