"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions";
import { confirmEmailChange } from "@/lib/auth/account-settings";
import { tokenSchema } from "@/lib/auth/schemas";

export const confirmEmailAction = publicAction(z.object({ token: tokenSchema }), ({ token }) => confirmEmailChange(token));
