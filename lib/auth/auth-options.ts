import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { headers } from "next/headers";
import { serverEnv } from "../env";
import { AppError } from "../app-error";
import { DEFAULT_SIGNED_IN_PATH, safeCallbackPath } from "../http/callback-path";
import { clientAddress } from "../http/client-address";
import { logger } from "../logger";
import { sendMail } from "../mail/send-mail";
import { magicLinkEmail } from "./emails";
import { magicLinkAdapter } from "./magic-link-adapter";
import { consumeLimits } from "../rate-limit/limits";
import { passwordSignIn } from "./password-sign-in";
import { currentSignInAttempt } from "./sign-in-attempt";
import { signInSchema, tokenSchema } from "./schemas";
import { completeSignUp } from "./sign-up";
import { createSession, liveSessionUserId, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { findUserByEmail } from "./users";

export const MAGIC_LINK_MAX_AGE_SECONDS = 10 * 60;

/** Thrown when a JWT's session row was revoked or has expired; next-auth then clears the cookie. */
class SessionEnded extends Error {
  constructor() {
    super("SessionEnded");
  }
}

/** Counts a magic-link request for this mailbox; a refusal is answered 429 by the route. */
async function allowMagicLink(email: string): Promise<boolean> {
  try {
    await consumeLimits(["magic-link:email", email]);
    return true;
  } catch (error) {
    const attempt = currentSignInAttempt();
    if (!(error instanceof AppError) || !attempt) throw error;
    attempt.refusal = error;
    return false;
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
          return parsed.success ? passwordSignIn(parsed.data.email, parsed.data.password) : null;
        },
      }),
      EmailProvider({
        maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
        // nodemailer is configured in lib/mail; next-auth only needs a value here.
        server: env.SMTP_URL ?? "smtp://localhost",
        async sendVerificationRequest({ identifier, url }) {
          // The answer on screen is the same either way; only an existing account gets a link.
          if (!(await findUserByEmail(identifier))) return;
          // The link opens a page whose button signs in, so a mail scanner opening it uses nothing up.
          const page = new URL(url);
          page.pathname = "/sign-in/link";
          await sendMail({ to: identifier, ...magicLinkEmail(page.toString()) });
        },
      }),
      CredentialsProvider({
        id: "sign-up",
        name: "Finish signing up",
        credentials: { token: { type: "text" } },
        async authorize(credentials) {
          const token = tokenSchema.safeParse(credentials?.token);
          return token.success ? completeSignUp(token.data) : null;
        },
      }),
    ],
    callbacks: {
      async signIn({ user, account, email }) {
        if (account?.provider !== "email") return true;
        // A magic-link request: next-auth has normalised the address ("Victim@Example.com,1" is
        // victim@example.com), so each mailbox has one allowance however it is written.
        if (email?.verificationRequest) return allowMagicLink(account.providerAccountId);
        return Boolean(user.email && (await findUserByEmail(user.email)));
      },
      async jwt({ token, user }) {
        if (user) {
          const requestHeaders = await headers();
          const session = await createSession(user.id, {
            userAgent: requestHeaders.get("user-agent") ?? "",
            ipAddress: clientAddress(requestHeaders),
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
        // Only to this site, and through the same check as every other callbackUrl.
        const home = new URL(baseUrl);
        let target: URL;
        try {
          target = new URL(url, home);
        } catch {
          return `${home.origin}${DEFAULT_SIGNED_IN_PATH}`;
        }
        if (target.origin !== home.origin) return `${home.origin}${DEFAULT_SIGNED_IN_PATH}`;
        return `${home.origin}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
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
