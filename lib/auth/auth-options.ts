import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { headers } from "next/headers";
import { serverEnv } from "../env";
import { clientIp } from "../http/client-ip";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { magicLinkEmail } from "./emails";
import { magicLinkAdapter } from "./magic-link-adapter";
import { verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { createSession, liveSessionUserId, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { findUserByEmail, findUserWithPasswordHash } from "./users";

export const MAGIC_LINK_MAX_AGE_SECONDS = 10 * 60;

/** Thrown when a JWT's session row was revoked or has expired; next-auth then clears the cookie. */
class SessionEnded extends Error {
  constructor() {
    super("SessionEnded");
  }
}

export function authOptions(): NextAuthOptions {
  const env = serverEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    adapter: magicLinkAdapter,
    pages: { signIn: "/sign-in", error: "/sign-in", verifyRequest: "/sign-in/check-email" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const user = await findUserWithPasswordHash(parsed.data.email);
          const ok = await verifyPassword(user?.passwordHash, parsed.data.password);
          return ok && user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
      EmailProvider({
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        // nodemailer is configured in lib/mail; next-auth only needs a value here.
        server: env.SMTP_URL ?? "smtp://localhost",
        async sendVerificationRequest({ identifier, url }) {
          // The answer on screen is the same either way; only an existing account gets a link.
          if (!(await findUserByEmail(identifier))) return;
          await sendMail({ to: identifier, ...magicLinkEmail(url) });
        },
      }),
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        if (account?.provider !== "email" || email?.verificationRequest) return true;
        return Boolean(user.email && (await findUserByEmail(user.email)));
      },
      async jwt({ token, user }) {
        if (user) {
          const requestHeaders = await headers();
          const session = await createSession(user.id, {
            userAgent: requestHeaders.get("user-agent") ?? "",
            ipAddress: clientIp(requestHeaders),
          });
          return { sub: user.id, sid: session.id };
        }
        const sessionId = typeof token.sid === "string" ? token.sid : null;
        const userId = sessionId ? await liveSessionUserId(sessionId) : null;
        if (!userId || userId !== token.sub) throw new SessionEnded();
        return token;
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub ?? "", sessionId: String(token.sid ?? "") } };
      },
      redirect({ url, baseUrl }) {
        if (url.startsWith("/")) return `${baseUrl}${url}`;
        return new URL(url).origin === baseUrl ? url : baseUrl;
      },
    },
    events: {
      async signOut({ token }) {
        if (token?.sub && typeof token.sid === "string") await revokeSession(token.sub, token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        // next-auth hands errors over as plain { message, stack } objects.
        const message = (metadata as { message?: unknown } | undefined)?.message;
        if (code === "JWT_SESSION_ERROR" && message === "SessionEnded") return logger.debug({ code }, "session ended");
        logger.error({ code, err: metadata }, "next-auth error");
      },
      warn(code) {
        logger.warn({ code }, "next-auth warning");
      },
      debug() {},
    },
  };
}
