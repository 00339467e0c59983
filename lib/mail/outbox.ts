import { isLoopback } from "../http/client-address";
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
 * The outbox shows everyone's mail, so it answers only in outbox mode (start-up refuses a public
 * URL without SMTP_URL) and only to a client on this machine: the address is the one the
 * launcher's server took from the socket (lib/http/client-address.ts), which no header can forge.
 */
export function isOutboxVisible(clientAddress: string, outboxMode: boolean): boolean {
  return outboxMode && isLoopback(clientAddress);
}
