import { z } from "zod";
import type { Language } from "../i18n/locales";
import { messageKey } from "../i18n/message-key";
import { languageSchema } from "../i18n/schemas";
import { daysBetween } from "../time/calendar";
import { LOCAL_DATE_PATTERN } from "../time/local-day";
import { REPORT_SECTIONS, type ReportSection } from "./sections";

// Schemas shared by the report page's form, the PDF route, share links and the print token.

/** A year and a half is more than any visit covers, and keeps a report printable. */
export const MAX_REPORT_DAYS = 550;

const localDate = z.string({ error: messageKey("reportDateRequired") }).regex(LOCAL_DATE_PATTERN, messageKey("reportDateFormat"));

export const reportOptionsSchema = z
  .object({
    from: localDate,
    to: localDate,
    sections: z.array(z.enum(REPORT_SECTIONS)).min(1, messageKey("reportSectionsRequired")),
    /** The report's language, when it is printed in another than the reader's (for a doctor). */
    language: languageSchema.optional(),
  })
  .refine((value) => value.from <= value.to, { path: ["to"], message: messageKey("reportEndBeforeStart") })
  .refine((value) => daysBetween(value.from, value.to) < MAX_REPORT_DAYS, {
    path: ["from"],
    message: messageKey("reportPeriodTooLong", { max: MAX_REPORT_DAYS }),
  });

export type ReportOptions = { from: string; to: string; sections: ReportSection[]; language?: Language };

/**
 * Report options from a URL's query (the page's GET form, the PDF route): missing values take the
 * defaults; `sections` may repeat. Returns the zod result so the page can show field messages.
 */
export function parseReportQuery(query: URLSearchParams, defaults: { from: string; to: string }) {
  const sections = query.getAll("sections");
  return reportOptionsSchema.safeParse({
    from: query.get("from") || defaults.from,
    to: query.get("to") || defaults.to,
    sections: query.has("from") || sections.length ? sections : [...REPORT_SECTIONS],
    language: query.get("language") || undefined,
  });
}

export function reportQueryString(options: ReportOptions): string {
  const query = new URLSearchParams({ from: options.from, to: options.to });
  for (const section of options.sections) query.append("sections", section);
  if (options.language) query.set("language", options.language);
  return query.toString();
}

export const questionSchema = z.object({
  text: z.string({ error: messageKey("questionRequired") }).trim().min(1, messageKey("questionRequired")).max(500, messageKey("questionTooLong", { max: 500 })),
});

export const deleteQuestionSchema = z.object({ questionId: z.string().min(1) });

export { SHARE_LINK_EXPIRY_HOURS } from "./limits";
export const MAX_ACTIVE_SHARE_LINKS = 20;

export const createShareLinkSchema = z.object({
  from: localDate,
  to: localDate,
  sections: z.array(z.enum(REPORT_SECTIONS)).min(1, messageKey("reportSectionsRequired")),
  expiresInHours: z.coerce
    .number({ error: messageKey("shareLinkDuration") })
    .int()
    .min(1, messageKey("shareLinkTooShort"))
    .max(720, messageKey("shareLinkTooLong")),
});

export const revokeShareLinkSchema = z.object({ shareLinkId: z.string().min(1) });
