import { z } from "zod";

/** "Delete my account" is confirmed by typing the account's email address. */
export function deleteAccountSchema(email: string) {
  return z.object({
    confirmEmail: z
      .string({ error: "Type your email address" })
      .trim()
      .refine((value) => value.toLowerCase() === email.toLowerCase(), "Type your email address exactly as it is shown"),
  });
}
