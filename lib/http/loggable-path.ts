// What of a URL may be written to a log: the path only (a query can carry a reset, sign-in or
// email-link token), with the secret segments of share links and calendar feeds masked. A log
// that leaks is then not a set of working links to people's health data.

const SECRET_SEGMENTS: RegExp[] = [/^(\/share\/print\/)[^/]+/, /^(\/share\/)[^/]+/, /^(\/api\/share\/)[^/]+/, /^(\/api\/calendar\/)[^/]+/];
/** Any other long random-looking segment (256-bit tokens are 43 characters of base64url). */
const TOKEN_LIKE = /(?<=\/)[A-Za-z0-9_-]{32,}(?=\/|$)/g;

export function loggablePath(url: string): string {
  let path: string;
  try {
    path = new URL(url, "http://path.invalid").pathname;
  } catch {
    return "(unparseable)";
  }
  for (const pattern of SECRET_SEGMENTS) path = path.replace(pattern, "$1***");
  return path.replace(TOKEN_LIKE, "***");
}
