"use server";

import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { addQuestion, deleteQuestion, MAX_QUESTIONS } from "@/lib/report/questions";
import { createShareLinkSchema, deleteQuestionSchema, MAX_ACTIVE_SHARE_LINKS, questionSchema, reportOptionsSchema, revokeShareLinkSchema } from "@/lib/report/schemas";
import { createShareLink, revokeShareLink, shareLinkPath } from "@/lib/share-links/share-links";

export const addQuestionAction = userAction(questionSchema, async (user, { text }) => {
  if (!(await addQuestion(user.id, text))) throw new AppError(`You can keep up to ${MAX_QUESTIONS} questions. Remove one first.`, { field: "text" });
  revalidatePath("/report");
});

export const deleteQuestionAction = userAction(deleteQuestionSchema, async (user, { questionId }) => {
  if (!(await deleteQuestion(user.id, questionId))) throw AppError.notFound();
  revalidatePath("/report");
});

export const createShareLinkAction = userAction(createShareLinkSchema, async (user, input) => {
  const options = reportOptionsSchema.safeParse(input);
  if (!options.success) throw new AppError(options.error.issues[0]?.message ?? "Please check the report's dates.");
  const created = await createShareLink(user.id, { ...options.data, expiresInHours: input.expiresInHours });
  if (!created) throw new AppError(`You can have up to ${MAX_ACTIVE_SHARE_LINKS} working links. Withdraw one first.`);
  revalidatePath("/report");
  return { path: shareLinkPath(created.token) };
});

export const revokeShareLinkAction = userAction(revokeShareLinkSchema, async (user, { shareLinkId }) => {
  if (!(await revokeShareLink(user.id, shareLinkId))) throw AppError.notFound();
  revalidatePath("/report");
});
