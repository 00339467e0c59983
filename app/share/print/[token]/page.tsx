import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { translatorFor } from "@/lib/i18n/translator";
import { notFound } from "next/navigation";
import { ReportDocument } from "@/app/_components/report/report-document";
import { loadReport } from "@/lib/report/load-report";
import { verifyPrintToken } from "@/lib/report/print-token";
import { reportPhotoUrl } from "@/lib/share-links/report-grant";

// The page headless Chromium prints for "Download PDF" (lib/report/render-pdf.ts): the report
// alone, opened with the one-minute print token the PDF route signed for this user and report.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("share"))("printTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function PrintReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const grant = verifyPrintToken(token);
  if (!grant) notFound();
  const report = await loadReport(grant.userId, grant.options);
  return (
    <main id="main" className="px-0">
      <h1 className="sr-only">{translatorFor(report.person.locale, "share")("printTitle")}</h1>
      <ReportDocument report={report} photoSrc={(photoId, size) => reportPhotoUrl(token, photoId, size)} />
    </main>
  );
}
