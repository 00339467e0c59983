import en from "../../messages/en.json" with { type: "json" };
import es from "../../messages/es.json" with { type: "json" };
import type { Language } from "./locales";
import { languageOf } from "./negotiate";
import { PSEUDO_LANGUAGE } from "./locales";
import { pseudoMessages } from "./pseudo";

// Every language's messages, for the request config (i18n/request.ts) and for what is written
// outside a request: emails, the PDF, calendar feeds.

export type Messages = typeof en;

export const MESSAGES: Record<Language, Messages> = { en, es };

let pseudo: Messages | undefined;

export function messagesFor(locale: string): Messages {
  if (locale === PSEUDO_LANGUAGE) return (pseudo ??= pseudoMessages(en));
  return MESSAGES[languageOf(locale) ?? "en"];
}
