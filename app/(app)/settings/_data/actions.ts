"use server";

import { deleteAccount } from "@/lib/account/delete-account";
import { deleteAccountSchema } from "@/lib/account/schemas";
import { userAction } from "@/lib/actions";
import { confirmIdentity } from "@/lib/auth/account-settings";

export const deleteAccountAction = userAction(deleteAccountSchema, async (user, proof) => {
  await confirmIdentity(user.id, proof);
  await deleteAccount(user.id);
});
