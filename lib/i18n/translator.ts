import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { messagesFor, type Messages } from "./messages";
import { languageOf } from "./negotiate";
import { PSEUDO_LANGUAGE } from "./locales";

/**
 * A translator for words written outside a page's request (an email, a PDF's words, a reminder's
 * notification): the locale is the recipient's, given explicitly.
 */
export function translatorFor<Namespace extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: string, namespace: Namespace) {
  const language = locale === PSEUDO_LANGUAGE ? PSEUDO_LANGUAGE : (languageOf(locale) ?? "en");
  return createTranslator({ locale: language, messages: messagesFor(language), namespace });
}
