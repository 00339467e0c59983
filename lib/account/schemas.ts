import { z } from "zod";

/** "Delete my account" is confirmed with the account's password (checked, and limited, in lib/auth). */
export const deleteAccountSchema = z.object({
  currentPassword: z.string().min(1, "Enter your password to confirm").max(200, "Use at most 200 characters"),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
