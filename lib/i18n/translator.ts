import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "use-intl/core";
import { messagesFor, type Messages } from "./messages";
import { languageOf } from "./negotiate";
import { PSEUDO_LANGUAGE } from "./locales";

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

// A translator compiles each message the first time it is used and keeps it: making one per call
// (a summary per chart, a place name per heat-map cell) compiled the same messages again on every
// page. One per language and namespace is kept; there are a few hundred at most.
const translators = new Map<string, unknown>();

/**
 * A translator for words written outside a page's request (an email, a PDF's words, a reminder's
 * notification): the locale is the recipient's, given explicitly.
 */
export function translatorFor<N extends Namespace>(locale: string, namespace: N) {
  const language = locale === PSEUDO_LANGUAGE ? PSEUDO_LANGUAGE : (languageOf(locale) ?? "en");
  const key = `${language}|${namespace}`;
  let translator = translators.get(key) as ReturnType<typeof createTranslator<Messages, N>> | undefined;
  if (!translator) {
    translator = createTranslator({ locale: language, messages: messagesFor(language), namespace });
    translators.set(key, translator);
  }
  return translator;
}
