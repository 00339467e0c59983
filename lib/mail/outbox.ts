import { db } from "../db/client";

export const OUTBOX_PAGE_SIZE = 50;

/** The newest outbox messages, optionally for one recipient. Only shown in outbox mode. */
export function listOutbox(options: { to?: string } = {}) {
  return db().outboxMessage.findMany({
    where: options.to ? { to: options.to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: OUTBOX_PAGE_SIZE,
  });
}

export function findOutboxMessage(id: string) {
  return db().outboxMessage.findUnique({ where: { id } });
}

/**
 * The outbox shows everyone's mail, so it is served only in outbox mode and only while the app's
 * own URL is a local one: a deployment that forgot SMTP_URL does not publish sign-in links.
 */
export function isOutboxVisible(appUrl: string, outboxMode: boolean): boolean {
  if (!outboxMode) return false;
  const { hostname } = new URL(appUrl);
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]" || hostname.endsWith(".localhost");
}
