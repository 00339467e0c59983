import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, PSEUDO_LANGUAGE, type Language } from "./locales";

// Which language a person reads, from what is known about them, best first: their account's
// locale, the cookie a signed-out choice left, the browser's Accept-Language, else English.

/** The supported language of a BCP 47 tag ("es-MX" → "es"), or undefined. */
export function languageOf(tag: string | undefined | null): Language | undefined {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && isLanguage(primary) ? primary : undefined;
}

/** Accept-Language's tags, best first (q-values honoured, q=0 dropped). */
export function acceptedTags(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 1000)
    .split(",")
    .map((part, position) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=(.*)$/.exec(param)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), quality: q === undefined ? 1 : Number(q.trim() || "x"), position };
    })
    .filter(({ tag, quality }) => tag !== "" && tag !== "*" && Number.isFinite(quality) && quality > 0)
    .sort((a, b) => b.quality - a.quality || a.position - b.position)
    .map(({ tag }) => tag);
}

/** The first supported language the browser asks for. */
export function languageFromAcceptLanguage(header: string | null | undefined): Language | undefined {
  for (const tag of acceptedTags(header)) {
    const language = languageOf(tag);
    if (language) return language;
  }
  return undefined;
}

/**
 * The locale a request is answered in. `pseudo` lets the pseudo-language through (tests and
 * development only, lib/env.ts), chosen by the cookie.
 */
export function negotiateLocale(sources: { userLocale?: string | null; cookie?: string | null; acceptLanguage?: string | null; pseudo?: boolean }): string {
  if (sources.pseudo && sources.cookie === PSEUDO_LANGUAGE) return PSEUDO_LANGUAGE;
  return languageOf(sources.userLocale) ?? languageOf(sources.cookie) ?? languageFromAcceptLanguage(sources.acceptLanguage) ?? DEFAULT_LANGUAGE;
}

/**
 * The tag a person's dates and numbers are written with: their stored tag when it is of the
 * language they read (an account's "en-GB"), else that language's own.
 */
export function formatsFor(language: string, storedTag?: string | null): string {
  if (language === PSEUDO_LANGUAGE) return "en-GB";
  if (storedTag && languageOf(storedTag) === language) return storedTag;
  return LANGUAGES.find((entry) => entry.code === language)?.formats ?? "en-GB";
}

/** The tag stored on an account for a chosen language: kept when it already is of that language. */
export function storedLocaleFor(language: Language, current?: string | null): string {
  return formatsFor(language, current);
}

/**
 * The tag a page's words and figures are written with for its reader: the request's language in
 * the reader's own formats, or the pseudo-language as it is (tests and development).
 */
export function readerLocale(language: string, storedTag?: string | null): string {
  return language === PSEUDO_LANGUAGE ? PSEUDO_LANGUAGE : formatsFor(language, storedTag);
}
