import { currentGuidance } from "../advice/load";
import { wordsFor, type AdviceWords } from "../advice/wording";
import type { ReminderKind } from "../generated/prisma/enums";
import { professionalCheckReason, type ProfessionalCheckReason } from "./professional-check";

// What some reminder emails say beyond their kind's own words: the red flags lib/advice finds
// active now (in a daily check or temperature reminder), and why a professional-check email came.

export type ReminderEmailExtras = {
  redFlags: AdviceWords[];
  professionalCheck: ProfessionalCheckReason | null;
};

const WITH_RED_FLAGS: readonly ReminderKind[] = ["SELF_CHECK", "TEMPERATURE_CHECK"];

export async function reminderEmailExtras(user: { id: string; timeZone: string; locale: string }, kind: ReminderKind, now = new Date()): Promise<ReminderEmailExtras> {
  const [guidance, professionalCheck] = await Promise.all([
    WITH_RED_FLAGS.includes(kind) ? currentGuidance(user, now) : null,
    kind === "PROFESSIONAL_CHECK" ? professionalCheckReason(user.id, now) : null,
  ]);
  const redFlags = guidance?.advice.filter((advice) => advice.level === "urgent").map((advice) => wordsFor(advice, { locale: user.locale, today: guidance.asOf.localDate })) ?? [];
  return { redFlags, professionalCheck };
}
