import NextAuth from "next-auth";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { clientAddress } from "../http/client-address";
import { consumeLimits, refundLimit, type LimitName } from "../rate-limit/limits";
import { authOptions } from "./auth-options";
import { serializeDeviceCookie } from "./device-cookie";
import { runSignInAttempt, type SignInAttempt } from "./sign-in-attempt";

export type AuthRouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints (app/api/auth/[...nextauth]/route.ts wraps them in lib/routes.ts).
// The per-address limit is chosen from the route as next-auth itself reads it: the decoded path
// segments, so "/api/auth/callback/credential%73" counts like "/callback/credentials". The
// per-email limits live inside next-auth's own parsing (auth-options.ts, password-sign-in.ts).
// Every sign-in runs as a SignInAttempt, through which the checks inside next-auth hand back
// cookies to set (device, pending second step, used challenges) and refusals to answer.

const ADDRESS_LIMITS: Record<string, LimitName> = { callback: "sign-in:ip", signin: "magic-link:ip" };

const nextAuth = (request: NextRequest, context: AuthRouteContext): Promise<Response> => NextAuth(authOptions())(request, context);

async function runAttempt(request: NextRequest, context: AuthRouteContext, ip: string): Promise<{ response: Response; attempt: SignInAttempt }> {
  const cookieJar = Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value]));
  const attempt: SignInAttempt = { ip, cookies: cookieJar, callbackUrl: request.nextUrl.searchParams.get("callbackUrl") ?? undefined, setCookies: [] };
  const response = await runSignInAttempt(attempt, () => nextAuth(request, context));
  if (attempt.refusal) throw attempt.refusal;
  return { response, attempt };
}

function withCookies(response: Response, setCookies: string[]): Response {
  if (setCookies.length === 0) return response;
  const headers = new Headers(response.headers);
  for (const cookie of setCookies) headers.append("Set-Cookie", cookie);
  return new Response(response.body, { status: response.status, headers });
}

export async function handleAuthGet(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  // An email link's callback is a GET: it may start a pending second step.
  const { response, attempt } = await runAttempt(request, context, clientAddress(request.headers));
  return withCookies(response, attempt.setCookies);
}

export async function handleAuthPost(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const [action = ""] = (await context.params).nextauth;
  const addressLimit = ADDRESS_LIMITS[action.toLowerCase()];
  const ip = clientAddress(request.headers);
  if (addressLimit) await consumeLimits([addressLimit, ip]);

  const { response, attempt } = await runAttempt(request, context, ip);
  const setCookies = [...attempt.setCookies];
  if (attempt.deviceCookie) {
    // A right password: it does not count against this address, and the browser is now known.
    await refundLimit("sign-in:ip", ip);
    setCookies.push(serializeDeviceCookie(attempt.deviceCookie.email, attempt.deviceCookie.value));
  }
  return withCookies(response, setCookies);
}
