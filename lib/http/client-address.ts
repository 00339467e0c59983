import { BlockList, isIP } from "node:net";
import type { TrustedProxies } from "../env";

// Who sent a request. The launcher's HTTP server (lib/launcher/app-server.ts) knows the socket's
// peer address and works out the client from it, believing X-Forwarded-For only as far as
// TRUSTED_PROXIES says; it hands the answer to the app in CLIENT_ADDRESS_HEADER, after deleting
// any copy a client sent. Nothing in the app reads X-Forwarded-For itself.

export const CLIENT_ADDRESS_HEADER = "x-footnote-client-address";
export const UNKNOWN_ADDRESS = "unknown";


/** "::ffff:203.0.113.5" (IPv4 on a dual-stack socket) is 203.0.113.5. */
export function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped?.[1] ?? trimmed).toLowerCase();
}

function blockListOf(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

function isListed(list: BlockList, address: string): boolean {
  const version = isIP(address);
  return version !== 0 && list.check(address, version === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the peer itself unless proxies are trusted. With N trusted hops, the
 * entry N places from the right of [...X-Forwarded-For, peer]; with a list, the right-most
 * address that is not one of the proxies. Entries a client wrote itself sit to the left of
 * those and are never chosen.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: TrustedProxies): string {
  const peerAddress = peer ? normaliseAddress(peer) : UNKNOWN_ADDRESS;
  if (trusted.kind === "none") return peerAddress;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map(normaliseAddress)
    .filter((entry) => isIP(entry) !== 0);
  const chain = [...forwarded, peerAddress];
  if (trusted.kind === "hops") return chain[Math.max(0, chain.length - 1 - trusted.hops)] ?? peerAddress;
  const proxies = blockListOf(trusted.entries);
  for (let index = chain.length - 1; index >= 0; index--) {
    const address = chain[index] ?? UNKNOWN_ADDRESS;
    if (!isListed(proxies, address)) return address;
  }
  return chain[0] ?? peerAddress;
}

/** The address the launcher's server worked out for this request. */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? UNKNOWN_ADDRESS;
}

export function isLoopback(address: string): boolean {
  const normalised = normaliseAddress(address);
  return normalised === "::1" || (isIP(normalised) === 4 && normalised.startsWith("127."));
}
