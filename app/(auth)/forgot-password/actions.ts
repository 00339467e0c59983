"use server";

import { publicAction } from "@/lib/actions";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { emailOnlySchema } from "@/lib/auth/schemas";
import { requireAuthAttempt } from "@/lib/rate-limit/require-auth-attempt";

export const forgotPasswordAction = publicAction(emailOnlySchema, async ({ email }) => {
  await requireAuthAttempt("password-reset", email);
  await requestPasswordReset(email);
});
