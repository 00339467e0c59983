// The languages Footnote speaks. Adding one is a message file in messages/ and an entry here
// (docs/decisions/0090). `formats` is the BCP 47 tag dates and numbers follow when a person has
// not got a more precise one of the same language: English keeps the day-month order the app has
// always used; Spanish writes the decimal comma ("36,5 °C").

export const LANGUAGES = [
  { code: "en", name: "English", formats: "en-GB" },
  { code: "es", name: "Español", formats: "es-ES" },
] as const;

export type Language = (typeof LANGUAGES)[number]["code"];

/** A pseudo-language made from English (longer words, accented letters), for finding clipped text. */
export const PSEUDO_LANGUAGE = "en-XA";

export const DEFAULT_LANGUAGE: Language = "en";

export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as [Language, ...Language[]];

/** The cookie a signed-out visitor's choice is kept in (the sign-up page's select). */
export const LOCALE_COOKIE = "locale";

export function isLanguage(value: string): value is Language {
  return (LANGUAGE_CODES as readonly string[]).includes(value);
}
