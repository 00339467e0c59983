import type { ReportData } from "@/lib/report/load-report";
import { ReportSection } from "./report-section";

export function QuestionsSection({ questions }: { questions: ReportData["questions"] }) {
  return (
    <ReportSection id="questions-heading" title="Questions for my doctor" keep>
      {questions.length ? (
        <ol className="list-decimal pl-6">
          {questions.map((question) => (
            <li key={question.id}>{question.text}</li>
          ))}
        </ol>
      ) : (
        <p>No questions written down.</p>
      )}
    </ReportSection>
  );
}
