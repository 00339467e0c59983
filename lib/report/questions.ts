import { db } from "../db/client";

// "Questions for my doctor": the person's own list, printed in the report. Scoped by user id.

export const MAX_QUESTIONS = 30;

export function listQuestions(userId: string) {
  return db().doctorQuestion.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, text: true } });
}

/** Adds a question; false when the list is already full. */
export async function addQuestion(userId: string, text: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    if ((await tx.doctorQuestion.count({ where: { userId } })) >= MAX_QUESTIONS) return false;
    await tx.doctorQuestion.create({ data: { userId, text } });
    return true;
  });
}

/** Deletes one of the user's questions; false when it is not theirs or already gone. */
export async function deleteQuestion(userId: string, questionId: string): Promise<boolean> {
  const { count } = await db().doctorQuestion.deleteMany({ where: { id: questionId, userId } });
  return count > 0;
}
