import { createHash, randomBytes } from "node:crypto";
import { db } from "../db/client";
import { REPORT_SECTIONS, type ReportSection } from "../report/sections";
import { MAX_ACTIVE_SHARE_LINKS, type ReportOptions } from "../report/schemas";
import { dateColumn, fromDateColumn } from "../time/local-day";

// Read-only links to one report for a clinician. The token is 256 random bits, shown to the person
// once; only its SHA-256 hash is stored, so a copy of the database opens no report. A link works
// until it expires (1 hour to 30 days) or is revoked.

export const SHARE_TOKEN_BYTES = 32;

export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function shareLinkPath(token: string): string {
  return `/share/${token}`;
}

/** Creates a link; null when the person already has the most live links allowed. */
export async function createShareLink(userId: string, input: ReportOptions & { expiresInHours: number }, now = new Date()) {
  const token = randomBytes(SHARE_TOKEN_BYTES).toString("base64url");
  return db().$transaction(async (tx) => {
    const live = await tx.shareLink.count({ where: { userId, revokedAt: null, expiresAt: { gt: now } } });
    if (live >= MAX_ACTIVE_SHARE_LINKS) return null;
    const link = await tx.shareLink.create({
      data: {
        userId,
        tokenHash: hashShareToken(token),
        fromDate: dateColumn(input.from),
        toDate: dateColumn(input.to),
        sections: REPORT_SECTIONS.filter((section) => input.sections.includes(section)),
        expiresAt: new Date(now.getTime() + input.expiresInHours * 3_600_000),
      },
      select: { id: true },
    });
    return { id: link.id, token };
  });
}

/** The user's links, newest first, live or not. */
export async function listShareLinks(userId: string, now = new Date()) {
  const links = await db().shareLink.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 50,
    select: { id: true, fromDate: true, toDate: true, sections: true, expiresAt: true, revokedAt: true, lastOpenedAt: true, createdAt: true },
  });
  return links.map((link) => ({
    id: link.id,
    from: fromDateColumn(link.fromDate),
    to: fromDateColumn(link.toDate),
    sections: link.sections as ReportSection[],
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    lastOpenedAt: link.lastOpenedAt,
    status: link.revokedAt ? ("revoked" as const) : link.expiresAt <= now ? ("expired" as const) : ("live" as const),
  }));
}

/** Revokes one of the user's links; false when it is not theirs. */
export async function revokeShareLink(userId: string, shareLinkId: string, now = new Date()): Promise<boolean> {
  // A link revoked twice keeps its first revocation time.
  const { count } = await db().shareLink.updateMany({ where: { id: shareLinkId, userId, revokedAt: null }, data: { revokedAt: now } });
  return count > 0 || (await db().shareLink.count({ where: { id: shareLinkId, userId } })) > 0;
}

export type ShareGrant = { shareLinkId: string; userId: string; options: ReportOptions };

/**
 * The report a token opens, or null when there is no such link or it expired or was revoked (the
 * page says the same for all three). `markOpened` records the time for the person's list.
 */
export async function resolveShareToken(token: string, { now = new Date(), markOpened = false } = {}): Promise<ShareGrant | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const link = await db().shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { id: true, userId: true, fromDate: true, toDate: true, sections: true, expiresAt: true, revokedAt: true },
  });
  if (!link || link.revokedAt || link.expiresAt <= now) return null;
  if (markOpened) await db().shareLink.update({ where: { id: link.id }, data: { lastOpenedAt: now } });
  return {
    shareLinkId: link.id,
    userId: link.userId,
    options: { from: fromDateColumn(link.fromDate), to: fromDateColumn(link.toDate), sections: link.sections as ReportSection[] },
  };
}
