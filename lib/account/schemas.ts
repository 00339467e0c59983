import { z } from "zod";
import { identityRequired, identityShape } from "../auth/schemas";

/** "Delete my account" is confirmed with the account's password or a passkey (checked, and limited, in lib/auth). */
export const deleteAccountSchema = z.object(identityShape).refine(...identityRequired("Enter your password to confirm"));
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
