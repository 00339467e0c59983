"use server";

import { userAction } from "@/lib/actions";
import { deleteAccount } from "@/lib/account/delete-account";
import { deleteAccountSchema } from "@/lib/account/schemas";

export const deleteAccountAction = userAction(
  (user) => deleteAccountSchema(user.email),
  async (user) => {
    await deleteAccount(user.id);
  },
);
