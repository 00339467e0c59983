// The parts of a report the person may leave out. The header (who, which period, clinician) and
// the not-medical-advice note are always printed. Nothing here touches the server: forms use it;
// their names are in the messages (reportPage.sections).

export const REPORT_SECTIONS = ["summary", "heatMap", "painChart", "entries", "temperatures", "photos", "questions"] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
