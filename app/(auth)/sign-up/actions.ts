"use server";

import { publicAction } from "@/lib/actions";
import { signUpRequestSchema } from "@/lib/auth/schemas";
import { requestSignUp } from "@/lib/auth/sign-up";
import { limitByAddressAndEmail } from "@/lib/rate-limit/limit-request";

export const signUpAction = publicAction(signUpRequestSchema, async ({ callbackUrl, ...input }) => {
  await limitByAddressAndEmail("sign-up", input.email);
  await requestSignUp(input, callbackUrl);
});
