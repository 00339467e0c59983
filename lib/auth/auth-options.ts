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
import { CHALLENGE_COOKIE, clearedChallengeCookie } from "../passkeys/challenge-cookie";
import { passkeyAssertionSchema } from "../passkeys/schemas";
import { verifyPasskey } from "../passkeys/verify-passkey";
import type { SignInMethod } from "../generated/prisma/enums";
import { clearedPendingSignInCookie, completePendingSignIn, PENDING_SIGN_IN_COOKIE, pendingSignInCookie, startPendingSignIn } from "../two-step/pending-sign-in";
import { secondStepSchema } from "../two-step/schemas";
import { isTwoStepOn } from "../two-step/two-step";
import { passwordSignIn } from "./password-sign-in";
import { SECOND_STEP_PATH } from "./second-step-path";
import { currentSignInAttempt } from "./sign-in-attempt";
import { signInSchema, tokenSchema } from "./schemas";
import { completeSignUp } from "./sign-up";
import { createSession, liveSessionUserId, revokeSession, SESSION_MAX_AGE_SECONDS } from "./sessions";
import { findUserByEmail, findUserById } from "./users";

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

/** next-auth's provider ids, as the sessions list names them. */
const METHOD_OF_PROVIDER: Record<string, SignInMethod> = { credentials: "PASSWORD", email: "EMAIL_LINK", "sign-up": "SIGN_UP", passkey: "PASSKEY" };

/**
 * After a right password or email link: with two-step sign-in on, no session yet. A pending sign-in
 * is recorded, its cookie goes back with next-auth's answer, and the answer sends the browser to
 * the second-step page instead (next-auth 4 redirects wherever the signIn callback says). See
 * docs/decisions/0070.
 */
async function secondStepGate(userId: string, method: SignInMethod, callbackUrl: unknown): Promise<true | string> {
  if (!(await isTwoStepOn(userId))) return true;
  const attempt = currentSignInAttempt();
  // Every sign-in passes through lib/auth/auth-route.ts, which is where the cookie is sent from.
  if (!attempt) throw new Error("sign-in outside the auth route");
  const env = serverEnv();
  const token = await startPendingSignIn({ userId, method, callbackUrl: safeCallbackPath(typeof callbackUrl === "string" ? callbackUrl : attempt.callbackUrl) });
  attempt.setCookies.push(pendingSignInCookie(token, env.NEXTAUTH_URL.startsWith("https://")));
  return `${env.NEXTAUTH_URL}${SECOND_STEP_PATH}`;
}

/** A used-up limit inside authorize: left for the route to answer 429. */
function refuse(error: unknown): null {
  const attempt = currentSignInAttempt();
  if (!(error instanceof AppError) || !attempt) throw error;
  attempt.refusal = error;
  return null;
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
          const recipient = await findUserByEmail(identifier);
          if (!recipient) return;
          // The link opens a page whose button signs in, so a mail scanner opening it uses nothing up.
          const page = new URL(url);
          page.pathname = "/sign-in/link";
          await sendMail({ to: identifier, ...magicLinkEmail(page.toString(), recipient.locale) });
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
      CredentialsProvider({
        // A passkey is both steps: something the person has, unlocked by their PIN, face or finger.
        id: "passkey",
        name: "Passkey",
        credentials: { response: { type: "text" } },
        async authorize(credentials) {
          const attempt = currentSignInAttempt();
          const input = passkeyAssertionSchema.safeParse(credentials);
          attempt?.setCookies.push(clearedChallengeCookie());
          const verified = input.success ? await verifyPasskey(attempt?.cookies[CHALLENGE_COOKIE], input.data.response) : null;
          const user = verified ? await findUserById(verified.userId) : null;
          return user ? { id: user.id, email: user.email, name: user.name, method: "PASSKEY" } : null;
        },
      }),
      CredentialsProvider({
        id: "second-step",
        name: "Two-step code",
        credentials: { code: { type: "text" } },
        async authorize(credentials) {
          const attempt = currentSignInAttempt();
          const input = secondStepSchema.safeParse(credentials);
          if (!input.success) return null;
          try {
            const done = await completePendingSignIn(attempt?.cookies[PENDING_SIGN_IN_COOKIE], input.data.code);
            if (!done) return null;
            attempt?.setCookies.push(clearedPendingSignInCookie(env.NEXTAUTH_URL.startsWith("https://")));
            return { ...done.user, method: done.method, secondStep: done.secondStep };
          } catch (error) {
            return refuse(error);
          }
        },
      }),
    ],
    callbacks: {
      async signIn({ user, account, email, credentials }) {
        if (account?.provider === "credentials") return secondStepGate(user.id, "PASSWORD", credentials?.callbackUrl);
        if (account?.provider !== "email") return true;
        // A magic-link request: next-auth has normalised the address ("Victim@Example.com,1" is
        // victim@example.com), so each mailbox has one allowance however it is written.
        if (email?.verificationRequest) return allowMagicLink(account.providerAccountId);
        const found = user.email ? await findUserByEmail(user.email) : null;
        return found ? secondStepGate(found.id, "EMAIL_LINK", undefined) : false;
      },
      async jwt({ token, user, account }) {
        if (user) {
          const requestHeaders = await headers();
          const method = user.method ?? METHOD_OF_PROVIDER[account?.provider ?? ""];
          if (!method) throw new Error(`sign-in through an unknown provider: ${account?.provider}`);
          const session = await createSession(
            user.id,
            { userAgent: requestHeaders.get("user-agent") ?? "", ipAddress: clientAddress(requestHeaders) },
            { method, secondStep: user.secondStep },
          );
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
