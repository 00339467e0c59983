/**
 * Route handlers that change data accept only requests from this site. Browsers send Origin on
 * every cross-site POST, so a request without one is not a cross-site form or fetch.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
