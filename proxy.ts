import { NextResponse, type NextRequest } from "next/server";
import { CURRENT_PATH_HEADER } from "./lib/http/callback-path";
import { REQUEST_ID_HEADER } from "./lib/http/request-id";

// An optimistic check only: no session cookie on a signed-in page goes straight to sign-in.
// Whether the session is live is checked again, against the database, by every page and action.
const SIGNED_IN_PREFIXES = ["/today", "/journal", "/trends", "/reminders", "/report", "/settings"];
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestId = request.headers.get(REQUEST_ID_HEADER) ?? crypto.randomUUID();

  const needsSignIn = SIGNED_IN_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (needsSignIn && !hasSessionCookie) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", pathname + search);
    return NextResponse.redirect(signIn);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  requestHeaders.set(CURRENT_PATH_HEADER, pathname + search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
