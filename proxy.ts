import { NextResponse, type NextRequest } from "next/server";
import { env } from "./lib/env";
import { CURRENT_PATH_HEADER } from "./lib/http/callback-path";
import { REQUEST_ID_HEADER } from "./lib/http/request-id";
import { contentSecurityPolicy, newNonce, STRICT_TRANSPORT_SECURITY } from "./lib/http/security-headers";
import { isTokenPage, tokenPageRefusal } from "./lib/rate-limit/token-guesses";

// An optimistic check only: no session cookie on a signed-in page goes straight to sign-in.
// Whether the session is live is checked again, against the database, by every page and action.
// Every response gets a request id and a Content-Security-Policy with a fresh nonce. A page opened
// by a secret in its URL answers 429 to an address that has guessed too many.
const SIGNED_IN_PREFIXES = ["/today", "/journal", "/trends", "/reminders", "/report", "/settings"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestId = crypto.randomUUID();
  const config = env();
  const https = (config.NEXTAUTH_URL ?? "").startsWith("https://");
  const policy = contentSecurityPolicy(newNonce(), { dev: config.NODE_ENV === "development", https });

  const needsSignIn = SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  let response: Response;
  const opensTokenPage = isTokenPage(pathname) && (request.method === "GET" || request.method === "HEAD");
  const refusal = opensTokenPage ? await tokenPageRefusal(request.headers) : null;
  if (refusal) {
    response = refusal;
  } else if (needsSignIn && !hasSessionCookie) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", pathname + search);
    response = NextResponse.redirect(signIn);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set(REQUEST_ID_HEADER, requestId);
    requestHeaders.set(CURRENT_PATH_HEADER, pathname + search);
    requestHeaders.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("Content-Security-Policy", policy);
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
