import { translatorFor } from "../i18n/translator";
import type { ReminderKind } from "../generated/prisma/enums";

// Apart from vocabulary.ts, which the reminder form imports in the browser: the translator holds
// every message of every language.

/** The reminder's name as the person reads it: their own words, else its kind in their language. */
export function reminderTitle(reminder: { kind: ReminderKind; title: string }, locale: string): string {
  return reminder.title || translatorFor(locale, "reminderEmail")(`kinds.${reminder.kind}`);
}
