import { translatorFor } from "@/lib/i18n/translator";
import type { ReportData } from "@/lib/report/load-report";
import { ReportSection } from "./report-section";

export function QuestionsSection({ questions, locale }: { questions: ReportData["questions"]; locale: string }) {
  const t = translatorFor(locale, "report");
  return (
    <ReportSection id="questions-heading" title={t("questions")} keep>
      {questions.length ? (
        <ol className="list-decimal pl-6">
          {questions.map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ol>
      ) : (
        <p>{t("noQuestions")}</p>
      )}
    </ReportSection>
  );
}
