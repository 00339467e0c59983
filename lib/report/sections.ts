// The parts of a report the person may leave out. The header (who, which period, clinician) and
// the not-medical-advice note are always printed. Nothing here touches the server: forms use it.

export const REPORT_SECTIONS = ["summary", "heatMap", "painChart", "entries", "temperatures", "photos", "questions"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_SECTION_LABELS: Record<ReportSection, string> = {
  summary: "Summary",
  heatMap: "Foot map of observations",
  painChart: "Pain over time",
  entries: "Table of checks",
  temperatures: "Skin temperature readings",
  photos: "Photos (first and latest of each spot)",
  questions: "My questions for the doctor",
};
