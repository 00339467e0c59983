export const CURRENT_PATH_HEADER = "x-current-path";
export const DEFAULT_SIGNED_IN_PATH = "/today";

const ORIGIN = "http://callback.invalid";

/**
 * Any `callbackUrl` as a path on this site, or the dashboard. The value is read the way a browser
 * reads it (WHATWG URL: tabs and newlines dropped, backslashes as slashes), and kept only when it
 * stays on this origin; what is returned is the parsed path, so "/\t/evil.example" cannot become
 * "//evil.example" later.
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/")) return DEFAULT_SIGNED_IN_PATH;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return DEFAULT_SIGNED_IN_PATH;
  }
  if (url.origin !== ORIGIN || url.pathname.startsWith("//")) return DEFAULT_SIGNED_IN_PATH;
  return `${url.pathname}${url.search}${url.hash}`;
}
