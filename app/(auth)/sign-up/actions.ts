"use server";

import { publicAction } from "@/lib/actions";
import { signUpSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { requireAuthAttempt } from "@/lib/rate-limit/require-auth-attempt";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  await requireAuthAttempt("sign-up", input.email);
  await signUp(input);
});
