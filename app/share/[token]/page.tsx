import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportDocument } from "@/app/_components/report/report-document";
import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { recordShareLinkView } from "@/lib/journals/activity";
import { loadReport } from "@/lib/report/load-report";
import { reportPhotoUrl } from "@/lib/share-links/report-grant";
import { resolveShareToken } from "@/lib/share-links/share-links";
import { LinkNoLongerValid } from "../link-no-longer-valid";

// A clinician's view of one report, signed out. It shows that report and nothing else: no
// navigation into the app, photos only through this link's own route.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("share"))("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function SharedReportPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const grant = await resolveShareToken(token, { markOpened: true });
  if (!grant) {
    await countTokenMiss();
    return <LinkNoLongerValid />;
  }
  const [report, t] = await Promise.all([loadReport(grant.userId, grant.options), getTranslations("share"), recordShareLinkView(grant.userId, grant.shareLinkId)]);
  return (
    <main id="main" className="mx-auto flex w-full max-w-5xl flex-col gap-4 px-4 py-6">
      <p className="print-hidden rounded-md border-l-4 border-brand-600 bg-brand-50 p-3">
        {t("intro")}
      </p>
      <h1 className="sr-only">{t("title")}</h1>
      <ReportDocument report={report} photoSrc={(photoId, size) => reportPhotoUrl(token, photoId, size)} />
    </main>
  );
}
