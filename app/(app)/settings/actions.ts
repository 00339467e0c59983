"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions";
import { AppError } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { updateDetails } from "@/lib/account/update-details";
import { changePassword, requestEmailChange } from "@/lib/auth/account-settings";
import { changeEmailSchema, changePasswordSchema, profileSchema, sessionIdSchema } from "@/lib/auth/schemas";
import { revokeAllSessions, revokeSession } from "@/lib/auth/sessions";
import { saveHealthProfile } from "@/lib/health-profile/health-profile";
import { healthProfileSchema } from "@/lib/health-profile/schemas";

export const updateProfileAction = userAction(profileSchema, async (user, input) => {
  await updateDetails(user.id, input);
  revalidatePath("/", "layout");
});

export const changeEmailAction = userAction(changeEmailSchema, (user, input) => requestEmailChange(user.id, input));

export const changePasswordAction = userAction(changePasswordSchema, (user, input) => changePassword(user.id, user.sessionId, input));

export const signOutSessionAction = userAction(sessionIdSchema, async (user, { sessionId }) => {
  if (!(await revokeSession(user.id, sessionId))) throw new AppError(messageKey("sessionAlreadyEnded"));
  revalidatePath("/settings");
});

export const signOutEverywhereAction = userAction(z.object({}), async (user) => {
  await revokeAllSessions(user.id);
});

export const saveHealthProfileAction = userAction(healthProfileSchema, async (user, input) => {
  await saveHealthProfile(user.id, input);
  revalidatePath("/", "layout");
});
