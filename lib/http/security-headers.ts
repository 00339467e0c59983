// The Content-Security-Policy of every response, with this request's nonce. Next.js reads the
// nonce from the policy on the request (proxy.ts puts it there) and adds it to its own scripts;
// every page already renders per request (app/layout.tsx), which a nonce needs.
// Styles allow inline: React's style attributes (charts, the camera overlay) cannot carry a nonce,
// and styles cannot run code. Images: blob: for the photo previews and camera frames, data: for
// the overlay's drawing.

export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws:" : ""}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** Two years, as the HSTS preload list asks; sent only when the public URL is https. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}
