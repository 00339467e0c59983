/**
 * The client's address for rate limiting. `next start` fills X-Forwarded-For with the socket's
 * address when the client sent none; a proxy in front appends the address it saw, so the last
 * entry is the one nobody but that proxy chose.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last ?? headers.get("x-real-ip") ?? "unknown";
}
