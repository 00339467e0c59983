import { db } from "../db/client";
import { recordActivity } from "../journals/activity";
import { assertCan, type JournalAccess } from "../journals/policy";

// "Questions for my doctor": the person's own list, printed in the report. Scoped by user id.

export const MAX_QUESTIONS = 30;

export function listQuestions(userId: string) {
  return db().doctorQuestion.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, text: true } });
}

/** Adds a question; false when the list is already full. */
export async function addQuestion(access: JournalAccess, text: string): Promise<boolean> {
  assertCan(access, "record");
  const userId = access.journalId;
  return db().$transaction(async (tx) => {
    if ((await tx.doctorQuestion.count({ where: { userId } })) >= MAX_QUESTIONS) return false;
    const question = await tx.doctorQuestion.create({ data: { userId, text } });
    await recordActivity(access, "created", "question", question.id, tx);
    return true;
  });
}

/** Deletes one of the journal's questions; false when it is not the journal's or already gone. */
export async function deleteQuestion(access: JournalAccess, questionId: string): Promise<boolean> {
  assertCan(access, "record");
  const { count } = await db().doctorQuestion.deleteMany({ where: { id: questionId, userId: access.journalId } });
  if (count > 0) await recordActivity(access, "deleted", "question", questionId);
  return count > 0;
}
