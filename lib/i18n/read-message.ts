import { parseMessageKey } from "./message-key";
import { translatorFor } from "./translator";

/** A schema's or service's message in `locale`'s words (words that are not a key pass through). */
export function readMessage(message: string, locale: string): string {
  const parsed = parseMessageKey(message);
  if (!parsed) return message;
  const t = translatorFor(locale, "errors");
  return t.has(parsed.key) ? t(parsed.key, parsed.values) : message;
}
