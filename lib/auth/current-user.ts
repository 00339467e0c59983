import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { CURRENT_PATH_HEADER, safeCallbackPath } from "../http/callback-path";
import { authOptions } from "./auth-options";
import { findUserById } from "./users";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof findUserById>>> & { sessionId: string };

/**
 * The signed-in user, or null. getServerSession runs the jwt callback, which checks that the
 * session row is live, so a revoked session is signed out on its next request.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user.id) return null;
  const user = await findUserById(session.user.id);
  return user ? { ...user, sessionId: session.user.sessionId } : null;
});

/** For signed-in pages: the user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = safeCallbackPath((await headers()).get(CURRENT_PATH_HEADER));
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}
