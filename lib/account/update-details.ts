import type { z } from "zod";
import type { profileSchema } from "../auth/schemas";
import { db } from "../db/client";
import { storedLocaleFor } from "../i18n/negotiate";
import { followTimeZoneChange } from "../reminders/reminders";

/**
 * Saves the person's name, language and time zone — on their own row only. A new language keeps
 * the account's regional formats when they are of that language ("en-GB" stays for English). A
 * new zone moves their reminders to it (the same local times where they now are) in the same
 * transaction, so no reminder is ever on a zone they left.
 */
export async function updateDetails(userId: string, input: z.output<typeof profileSchema>, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, locale: true } });
    await tx.user.update({
      where: { id: userId },
      data: { name: input.name, timeZone: input.timeZone, ...(input.language ? { locale: storedLocaleFor(input.language, before.locale) } : {}) },
    });
    await followTimeZoneChange(tx, userId, before.timeZone, input.timeZone, now);
  });
}
