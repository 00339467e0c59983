"use server";

import { revalidatePath } from "next/cache";
import { journalAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { addQuestion, deleteQuestion, MAX_QUESTIONS } from "@/lib/report/questions";
import { createShareLinkSchema, deleteQuestionSchema, MAX_ACTIVE_SHARE_LINKS, questionSchema, reportOptionsSchema, revokeShareLinkSchema } from "@/lib/report/schemas";
import { createShareLink, revokeShareLink, shareLinkPath } from "@/lib/share-links/share-links";

export const addQuestionAction = journalAction("record", questionSchema, async ({ access }, { text }) => {
  if (!(await addQuestion(access, text))) throw new AppError(messageKey("tooManyQuestions", { max: MAX_QUESTIONS }), { field: "text" });
  revalidatePath("/report");
});

export const deleteQuestionAction = journalAction("record", deleteQuestionSchema, async ({ access }, { questionId }) => {
  if (!(await deleteQuestion(access, questionId))) throw AppError.notFound();
  revalidatePath("/report");
});

export const createShareLinkAction = journalAction("owner-settings", createShareLinkSchema, async ({ access }, input) => {
  const options = reportOptionsSchema.safeParse(input);
  if (!options.success) throw new AppError(options.error.issues[0]?.message ?? messageKey("reportDatesInvalid"));
  const created = await createShareLink(access.journalId, { ...options.data, expiresInHours: input.expiresInHours });
  if (!created) throw new AppError(messageKey("tooManyShareLinks", { max: MAX_ACTIVE_SHARE_LINKS }));
  revalidatePath("/report");
  return { path: shareLinkPath(created.token) };
});

export const revokeShareLinkAction = journalAction("owner-settings", revokeShareLinkSchema, async ({ access }, { shareLinkId }) => {
  if (!(await revokeShareLink(access.journalId, shareLinkId))) throw AppError.notFound();
  revalidatePath("/report");
});
