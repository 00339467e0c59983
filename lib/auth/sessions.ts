import { translatorFor } from "../i18n/translator";
import { db } from "../db/client";
import type { SecondStep, SignInMethod } from "../generated/prisma/enums";
import type { SessionUser } from "./users";

// The revocable half of sign-in: next-auth's JWT carries a Session row id, and a request is
// signed in only while that row is live.

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
/** A session not used for this long ends, whatever its age: a forgotten device is signed out. */
export const SESSION_IDLE_DAYS = 14;
const SESSION_IDLE_MS = SESSION_IDLE_DAYS * 24 * 60 * 60 * 1000;

const liveAt = (now: Date) => ({ revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_MS) } });
// Writing lastSeenAt on every request would turn each page view into a write.
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

export async function createSession(
  userId: string,
  device: { userAgent: string; ipAddress: string },
  how: { method: SignInMethod; secondStep?: SecondStep | null },
) {
  return db().session.create({
    data: {
      userId,
      userAgent: device.userAgent.slice(0, 400),
      ipAddress: device.ipAddress.slice(0, 64),
      method: how.method,
      secondStep: how.secondStep ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { id: true },
  });
}

/** The session's user id while the session is live (and marks it seen); otherwise null. */
export async function liveSessionUserId(sessionId: string, now = new Date()): Promise<string | null> {
  const session = await db().session.findFirst({
    where: { id: sessionId, ...liveAt(now) },
    select: { userId: true, lastSeenAt: true },
  });
  if (!session) return null;
  await markSeen(sessionId, session.userId, session.lastSeenAt, now);
  return session.userId;
}

/**
 * The user of a live session of theirs, in one query (session and user together), marking it
 * seen; null when the session was revoked, has expired, has been idle too long or is not this
 * user's. Every signed-in request runs this, so it is one primary-key lookup joined to its user,
 * and a write at most every LAST_SEEN_RESOLUTION_MS. Written in SQL because Prisma sends a
 * relation as a second query; the join is on the user id, so it stays on one shard (docs/deploy.md).
 */
export async function liveSessionUser(sessionId: string, userId: string, now = new Date()): Promise<SessionUser | null> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  const [row] = await db().$queryRaw<(SessionUser & { lastSeenAt: Date })[]>`
    SELECT u."id", u."email", u."name", u."timeZone", u."locale", u."createdAt", s."lastSeenAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL AND s."expiresAt" > ${now} AND s."lastSeenAt" > ${idleSince}`;
  if (!row) return null;
  const { lastSeenAt, ...user } = row;
  await markSeen(sessionId, userId, lastSeenAt, now);
  return user;
}

async function markSeen(sessionId: string, userId: string, lastSeenAt: Date, now: Date) {
  if (now.getTime() - lastSeenAt.getTime() <= LAST_SEEN_RESOLUTION_MS) return;
  await db().session.updateMany({ where: { id: sessionId, userId }, data: { lastSeenAt: now } });
}

export function listLiveSessions(userId: string) {
  return db().session.findMany({
    where: { userId, ...liveAt(new Date()) },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true, method: true, secondStep: true },
  });
}

/** Signs one of the user's own sessions out; false when no such live session is theirs. */
export async function revokeSession(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db().session.updateMany({
    where: { id: sessionId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

export async function revokeAllSessions(userId: string, options: { except?: string } = {}): Promise<number> {
  const { count } = await db().session.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** "password and authenticator code", for the sessions list in `locale`; null for sessions from before it was recorded. */
export function describeSignIn(session: { method: SignInMethod | null; secondStep: SecondStep | null }, locale: string): string | null {
  if (!session.method) return null;
  const t = translatorFor(locale, "settings.sessions");
  const method = t(`methods.${session.method}`);
  return session.secondStep ? t("methodAndStep", { method, step: t(`secondSteps.${session.secondStep}`) }) : method;
}
