import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { serverEnv } from "../env";
import { LANGUAGE_CODES } from "../i18n/locales";
import { REPORT_SECTIONS } from "./sections";
import type { ReportOptions } from "./schemas";

// The PDF route renders the report page in headless Chromium. Chromium gets this token, not the
// person's session: it is signed (HMAC-SHA256 with the session secret), says what it is for, names
// one user and one report, and expires in a minute. Holding it, a page can show that report and
// its photos and nothing else; it cannot act as the person. See docs/decisions/0020.

const PURPOSE = "report-pdf";
export const PRINT_TOKEN_SECONDS = 60;

const payloadSchema = z.object({
  purpose: z.literal(PURPOSE),
  userId: z.string().min(1),
  from: z.string(),
  to: z.string(),
  sections: z.array(z.enum(REPORT_SECTIONS)),
  language: z.enum(LANGUAGE_CODES).optional(),
  expiresAt: z.number(),
});

function sign(body: string): string {
  return createHmac("sha256", `${serverEnv().NEXTAUTH_SECRET}:${PURPOSE}`).update(body).digest("base64url");
}

export function createPrintToken(userId: string, options: ReportOptions, now = Date.now()): string {
  const payload = { purpose: PURPOSE, userId, ...options, expiresAt: now + PRINT_TOKEN_SECONDS * 1000 };
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${body}.${sign(body)}`;
}

/** The user and report a print token grants, or null when it is forged, altered or expired. */
export function verifyPrintToken(token: string, now = Date.now()): { userId: string; options: ReportOptions } | null {
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success || parsed.data.expiresAt <= now) return null;
  const { userId, from, to, sections, language } = parsed.data;
  return { userId, options: { from, to, sections, ...(language ? { language } : {}) } };
}
