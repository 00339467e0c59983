import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { serverEnv } from "../env";
import { CURRENT_PATH_HEADER, safeCallbackPath } from "../http/callback-path";
import { liveSessionUser } from "./sessions";

export type CurrentUser = NonNullable<Awaited<ReturnType<typeof liveSessionUser>>> & { sessionId: string };

/**
 * The signed-in user, or null: the session cookie's JWT (next-auth's own format, decrypted with
 * the secret) names a Session row, and that row must be live and belong to the JWT's user; the
 * user comes back from the same query. This is next-auth's `jwt` callback check without the rest
 * of getServerSession (which would also look the user up separately and re-encrypt the cookie on
 * every request): a revoked session is refused on its very next request, on any instance.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const env = serverEnv();
  const cookieJar = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(cookieJar.getAll().map((cookie) => [cookie.name, cookie.value])), headers: {} } as never,
    secret: env.NEXTAUTH_SECRET,
    secureCookie: env.NEXTAUTH_URL.startsWith("https://"),
  });
  if (typeof token?.sub !== "string" || typeof token.sid !== "string") return null;
  const user = await liveSessionUser(token.sid, token.sub);
  return user ? { ...user, sessionId: token.sid } : null;
});

/** For signed-in pages: the user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const path = safeCallbackPath((await headers()).get(CURRENT_PATH_HEADER));
  redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
}
