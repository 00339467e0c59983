import type { Adapter, AdapterUser } from "next-auth/adapters";
import { db } from "../db/client";
import { findUserByEmail, findUserById } from "./users";

// The few adapter methods next-auth's Email provider calls with JWT sessions. Magic links only
// sign existing accounts in (accounts are made by sign-up), so createUser refuses.

function toAdapterUser(user: { id: string; email: string; name: string }, emailVerified: Date | null = null): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified };
}

export const magicLinkAdapter: Adapter = {
  async createVerificationToken(token) {
    await db().verificationToken.create({ data: token });
    return token;
  },
  async useVerificationToken({ identifier, token }) {
    // Deleting is what makes the link single-use; a second click finds nothing.
    const found = await db().verificationToken.findUnique({ where: { identifier_token: { identifier, token } } });
    if (!found) return null;
    const { count } = await db().verificationToken.deleteMany({ where: { identifier, token } });
    return count === 1 ? found : null;
  },
  async getUserByEmail(email) {
    const user = await findUserByEmail(email);
    return user ? toAdapterUser(user) : null;
  },
  async getUser(id) {
    const user = await findUserById(id);
    return user ? toAdapterUser(user) : null;
  },
  async updateUser({ id, emailVerified }) {
    const user = await db().user.update({
      where: { id },
      data: { emailVerified: emailVerified ?? undefined },
      select: { id: true, email: true, name: true, emailVerified: true },
    });
    return toAdapterUser(user, user.emailVerified);
  },
  createUser() {
    throw new Error("Accounts are created by signing up, not by magic link");
  },
};
