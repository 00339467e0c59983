"use server";

import { publicAction } from "@/lib/actions";
import { signUpSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { limitByAddressAndEmail } from "@/lib/rate-limit/limit-request";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  await limitByAddressAndEmail("sign-up", input.email);
  await signUp(input);
});
