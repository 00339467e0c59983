import type { z } from "zod";
import type { profileSchema } from "../auth/schemas";
import { db } from "../db/client";
import { followTimeZoneChange } from "../reminders/reminders";

/**
 * Saves the person's name and time zone. A new zone moves their reminders to it (the same local
 * times where they now are) in the same transaction, so no reminder is ever on a zone they left.
 */
export async function updateDetails(userId: string, input: z.output<typeof profileSchema>, now = new Date()): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true } });
    await tx.user.update({ where: { id: userId }, data: { name: input.name, timeZone: input.timeZone } });
    await followTimeZoneChange(tx, userId, before.timeZone, input.timeZone, now);
  });
}
