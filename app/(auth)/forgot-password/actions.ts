"use server";

import { publicAction } from "@/lib/actions";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { emailOnlySchema } from "@/lib/auth/schemas";
import { limitByAddressAndEmail } from "@/lib/rate-limit/limit-request";

export const forgotPasswordAction = publicAction(emailOnlySchema, async ({ email }) => {
  await limitByAddressAndEmail("password-reset", email);
  await requestPasswordReset(email);
});
