"use server";

import { deleteAccount } from "@/lib/account/delete-account";
import { deleteAccountSchema } from "@/lib/account/schemas";
import { userAction } from "@/lib/actions";
import { requireCurrentPassword } from "@/lib/auth/account-settings";

export const deleteAccountAction = userAction(deleteAccountSchema, async (user, { currentPassword }) => {
  await requireCurrentPassword(user.id, currentPassword);
  await deleteAccount(user.id);
});
