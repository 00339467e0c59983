import { db } from "../db/client";
import { logger } from "../logger";
import { AppError } from "../app-error";
import { carerLeftEmail, journalClosedEmail } from "../journals/emails";
import { isPlaceholderAddress } from "../journals/held-journals";
import type { JournalAccess } from "../journals/policy";
import { translatorFor } from "../i18n/translator";
import { composeMail, hello } from "../mail/compose";
import { sendMail } from "../mail/send-mail";
import { photoStorage } from "../photos/photo-storage";
import type { PhotoStorage } from "../photos/storage";
import { ACCOUNT_CLEANUP_STEPS } from "./cleanup-steps";

// Deletes an account and everything in it: every photo file in storage, then, in one transaction,
// each capability's cleanup step and the user row (whose delete cascades to every table of user
// data). Journals the person kept for someone without an account go the same way. Their carers'
// access goes with their journal; what they recorded in others' journals stays, attributed to "a
// former carer" (docs/decisions/0062). The emails go after the deletion.

export function accountDeletedEmail(name: string, locale: string) {
  const t = translatorFor(locale, "emails.accountDeleted");
  return composeMail(t("subject"), hello(name, locale), [{ paragraph: t("text") }, { paragraph: t("after") }], locale);
}

/** Photo files go first: if storage fails, nothing is deleted and the person can try again. */
export async function deleteAccount(userId: string, deps: { storage?: PhotoStorage } = {}): Promise<{ email: string }> {
  const storage = deps.storage ?? photoStorage();
  const user = await db().user.findFirstOrThrow({ where: { id: userId }, select: { email: true, name: true, locale: true, heldById: true } });
  const held = (await db().user.findMany({ where: { heldById: userId }, select: { id: true } })).map((journal) => journal.id);
  const journals = [userId, ...held];
  const [carers, helped] = await Promise.all([
    // The holder deleting a journal they keep is not told about it.
    db().journalMember.findMany({ where: { userId, memberId: { notIn: [...journals, ...(user.heldById ? [user.heldById] : [])] } }, select: { member: { select: { name: true, email: true, locale: true } } } }),
    db().journalMember.findMany({ where: { memberId: userId, userId: { notIn: journals }, owner: { heldById: null } }, select: { owner: { select: { name: true, email: true, locale: true } } } }),
  ]);
  const photos = await db().photo.findMany({ where: { userId: { in: journals } }, select: { storageKey: true, thumbnailKey: true } });
  await storage.delete(photos.flatMap((photo) => [photo.storageKey, photo.thumbnailKey]));
  const late = await db().$transaction(async (tx) => {
    for (const journalId of journals) for (const step of ACCOUNT_CLEANUP_STEPS) await step.run(tx, journalId);
    // A photo uploaded while the files above were being deleted: its files go after the commit.
    const uploadedMeanwhile = await tx.photo.findMany({ where: { userId: { in: journals } }, select: { storageKey: true, thumbnailKey: true } });
    await tx.user.deleteMany({ where: { id: { in: held } } });
    await tx.user.delete({ where: { id: userId } });
    return uploadedMeanwhile.flatMap((photo) => [photo.storageKey, photo.thumbnailKey]);
  });
  await storage.delete(late);
  const notices = [
    ...carers.map(({ member }) => ({ to: member.email, ...journalClosedEmail({ carerName: member.name, journalName: user.name }, member.locale) })),
    ...helped.map(({ owner }) => ({ to: owner.email, ...carerLeftEmail({ ownerName: owner.name, carerName: user.name, deleted: true }, owner.locale) })),
  ];
  for (const notice of notices) await sendMail(notice).catch((error: unknown) => logger.error({ err: error }, "account deletion notice to a carer or owner failed"));
  try {
    if (!isPlaceholderAddress(user.email)) await sendMail({ to: user.email, ...accountDeletedEmail(user.name, user.locale) });
  } catch (error) {
    // The account is gone either way; a lost confirmation must not make it look as if it were not.
    logger.error({ err: error }, "account deletion confirmation email failed");
  }
  logger.info({ userId }, "account deleted");
  return { email: user.email };
}

/** The carer who keeps a journal for someone without an account deletes it, with all its data. */
export async function deleteHeldJournal(access: JournalAccess, deps: { storage?: PhotoStorage } = {}): Promise<void> {
  if (access.role !== "HOLDER") throw AppError.notFound();
  await deleteAccount(access.journalId, deps);
}
