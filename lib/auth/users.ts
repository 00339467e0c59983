import { db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";

/** The public shape of the signed-in user that pages and actions receive. */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  timeZone: true,
  locale: true,
  createdAt: true,
} as const;

export type SessionUser = Prisma.UserGetPayload<{ select: typeof userSelect }>;

export function findUserById(userId: string) {
  return db().user.findUnique({ where: { id: userId }, select: userSelect });
}

export function findUserByEmail(email: string) {
  return db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: userSelect });
}

export function findUserWithPasswordHash(email: string) {
  return db().user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { ...userSelect, passwordHash: true },
  });
}
