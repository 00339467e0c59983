import { z } from "zod";
import { LANGUAGE_CODES } from "./locales";
import { messageKey } from "./message-key";

/** One of the languages Footnote speaks (lib/i18n/locales.ts). */
export const languageSchema = z.enum(LANGUAGE_CODES, { error: messageKey("languageUnknown") });
