"use server";

import { publicAction } from "@/lib/actions";
import { resetPassword } from "@/lib/auth/password-reset";
import { resetPasswordSchema } from "@/lib/auth/schemas";

export const resetPasswordAction = publicAction(resetPasswordSchema, resetPassword);
