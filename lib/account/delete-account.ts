import { db } from "../db/client";
import { logger } from "../logger";
import { composeMail } from "../mail/compose";
import { sendMail } from "../mail/send-mail";
import { photoStorage } from "../photos/photo-storage";
import type { PhotoStorage } from "../photos/storage";
import { ACCOUNT_CLEANUP_STEPS } from "./cleanup-steps";

// Deletes an account and everything in it: every photo file in storage, then, in one transaction,
// each capability's cleanup step and the user row (whose delete cascades to every table of user
// data). The confirmation email goes to the address after the deletion.

export function accountDeletedEmail(name: string) {
  return composeMail("Your Footnote account is deleted", `Hello ${name},`, [
    { paragraph: "Your Footnote account and everything in it — checks, observations, photos, share links and sessions — have been deleted as you asked." },
    { paragraph: "Nothing more will be sent to this address. If you did not ask for this, reply to this email." },
  ]);
}

/** Photo files go first: if storage fails, nothing is deleted and the person can try again. */
export async function deleteAccount(userId: string, deps: { storage?: PhotoStorage } = {}): Promise<{ email: string }> {
  const storage = deps.storage ?? photoStorage();
  const user = await db().user.findFirstOrThrow({ where: { id: userId }, select: { email: true, name: true } });
  const photos = await db().photo.findMany({ where: { userId }, select: { storageKey: true, thumbnailKey: true } });
  await storage.delete(photos.flatMap((photo) => [photo.storageKey, photo.thumbnailKey]));
  const late = await db().$transaction(async (tx) => {
    for (const step of ACCOUNT_CLEANUP_STEPS) await step.run(tx, userId);
    // A photo uploaded while the files above were being deleted: its files go after the commit.
    const uploadedMeanwhile = await tx.photo.findMany({ where: { userId }, select: { storageKey: true, thumbnailKey: true } });
    await tx.user.delete({ where: { id: userId } });
    return uploadedMeanwhile.flatMap((photo) => [photo.storageKey, photo.thumbnailKey]);
  });
  await storage.delete(late);
  try {
    await sendMail({ to: user.email, ...accountDeletedEmail(user.name) });
  } catch (error) {
    // The account is gone either way; a lost confirmation must not make it look as if it were not.
    logger.error({ err: error }, "account deletion confirmation email failed");
  }
  logger.info({ userId }, "account deleted");
  return { email: user.email };
}
