import { getCurrentUser } from "@/lib/auth/current-user";
import { logger } from "@/lib/logger";
import { GENERIC_ERROR, SESSION_ENDED_ERROR } from "@/lib/app-error";
import { defaultReportRange } from "@/lib/report/default-range";
import { defaultPdfFormat, pdfFileName, PDF_FORMATS, renderReportPdf, RendererBusyError, type PdfFormat } from "@/lib/report/render-pdf";
import { parseReportQuery } from "@/lib/report/schemas";
import { localDateOf } from "@/lib/time/local-day";

export const runtime = "nodejs";

const json = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/** The signed-in person's own report as a PDF; the query is the report page's. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return json(401, SESSION_ENDED_ERROR);
  const query = new URL(request.url).searchParams;
  const today = localDateOf(new Date(), user.timeZone);
  const parsed = parseReportQuery(query, await defaultReportRange(user.id, today));
  if (!parsed.success) return json(400, parsed.error.issues[0]?.message ?? "Please check the report's dates.");
  const askedFormat = query.get("format");
  const format: PdfFormat = PDF_FORMATS.find((value) => value === askedFormat) ?? defaultPdfFormat(user.locale);
  try {
    const pdf = await renderReportPdf(user.id, parsed.data, format);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(pdf.length),
        "Content-Disposition": `attachment; filename="${pdfFileName(today)}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof RendererBusyError) return json(429, error.message);
    logger.error({ err: error, userId: user.id }, "report PDF failed");
    return json(500, GENERIC_ERROR);
  }
}
