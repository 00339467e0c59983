import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { DEFAULT_LANGUAGE, LANGUAGES } from "@/lib/i18n/locales";
import { languageOf } from "@/lib/i18n/negotiate";
import { requireJournalAccess } from "@/lib/journals/current-journal";
import { can, isCarer } from "@/lib/journals/policy";
import { defaultReportRange } from "@/lib/report/default-range";
import { loadReport } from "@/lib/report/load-report";
import { listQuestions } from "@/lib/report/questions";
import { parseReportQuery, reportQueryString } from "@/lib/report/schemas";
import { REPORT_SECTIONS } from "@/lib/report/sections";
import { listShareLinks } from "@/lib/share-links/share-links";
import { formatDateTime } from "@/lib/time/format-in-zone";
import { localDateOf } from "@/lib/time/local-day";
import { photoUrl } from "@/lib/photos/schemas";
import { Notice } from "@/app/_components/notice";
import { PdfButton } from "./pdf-button";
import { ReportLanguage } from "./report-language";
import { QuestionsEditor } from "./questions-editor";
import { RangeForm } from "./range-form";
import { ShareLinks } from "./share-links";
import { ReportDocument } from "@/app/_components/report/report-document";
import { formatRange } from "@/lib/report/wording";
import { ClientMessages } from "@/app/_components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("report") };
}

export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { journal: person, access } = await requireJournalAccess("read", "report");
  const mayShare = can(access, "owner-settings");
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) for (const one of [value ?? []].flat()) query.append(key, one);
  const today = localDateOf(new Date(), person.timeZone);
  const defaults = await defaultReportRange(person.id, today);
  const parsed = parseReportQuery(query, defaults);
  // The report is in the reader's language unless another is chosen for it (a doctor's).
  const [readerLocale, t] = await Promise.all([getLocale(), getTranslations("reportPage")]);
  const chosen = parsed.success ? parsed.data : { ...defaults, sections: [...REPORT_SECTIONS] };
  const options = { ...chosen, language: chosen.language ?? languageOf(readerLocale) ?? DEFAULT_LANGUAGE };
  const [report, questions, links] = await Promise.all([loadReport(person.id, options), listQuestions(person.id), mayShare ? listShareLinks(person.id) : []]);
  const fieldErrors = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message]));
  return (
    <ClientMessages namespaces={["common", "dialogs", "errors", "reportPage", "reportQuestions", "shareLinks"]}>
      <div className="print-hidden flex flex-col gap-6">
        <h1 className="text-3xl font-bold">{isCarer(access) ? t("titleFor", { name: person.name }) : t("title")}</h1>
        <p className="text-lg">{t("intro")}</p>
        {parsed.success ? null : <Notice tone="error">{t("checkPeriod")}</Notice>}
        <RangeForm
          defaults={{ from: query.get("from") ?? options.from, to: query.get("to") ?? options.to, sections: options.sections, language: options.language }}
          errors={fieldErrors}
        />
        {report.entries.length === 0 ? (
          <Notice tone="info">{t("noChecks")}</Notice>
        ) : null}
        <section aria-labelledby="get-report-heading" className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-5">
          <h2 id="get-report-heading" className="text-2xl font-bold">
            {t("printTitle")}
          </h2>
          <ReportLanguage value={options.language} languages={LANGUAGES.map(({ code, name }) => ({ value: code, label: name }))} />
          <PdfButton query={reportQueryString(options)} />
          <p className="text-slate-700">{t("printHint")}</p>
        </section>
        {can(access, "record") ? <QuestionsEditor questions={questions} /> : null}
        {mayShare ? (
        <ShareLinks
          options={options}
          rangeLabel={formatRange(options.from, options.to, person.locale)}
          links={links.map((link) => ({
            id: link.id,
            range: formatRange(link.from, link.to, person.locale),
            status: link.status,
            createdAt: formatDateTime(link.createdAt, person),
            expiresAt: formatDateTime(link.expiresAt, person),
            lastOpenedAt: link.lastOpenedAt ? formatDateTime(link.lastOpenedAt, person) : null,
          }))}
        />
        ) : null}
        <h2 className="text-2xl font-bold">{t("preview")}</h2>
      </div>
      <ReportDocument report={report} photoSrc={(photoId, size) => photoUrl(photoId, size)} />
    </ClientMessages>
  );
}
