import { useTranslations } from "next-intl";
import { parseMessageKey } from "@/lib/i18n/message-key";

/**
 * Reads a schema's or action's message (a key, lib/i18n/message-key.ts) in the page's language;
 * words that are not a key are shown as they are.
 */
export function useReadMessage(): (message: string | undefined) => string | undefined {
  const t = useTranslations("errors");
  return (message) => {
    const parsed = message ? parseMessageKey(message) : null;
    return parsed && t.has(parsed.key) ? t(parsed.key, parsed.values) : message;
  };
}
