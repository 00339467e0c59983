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

const ADDRESS_LIMITS: Record<string, LimitName> = { callback: "sign-in:ip", signin: "magic-link:ip" };

const nextAuth = (request: NextRequest, context: AuthRouteContext): Promise<Response> => NextAuth(authOptions())(request, context);

export function handleAuthGet(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  return nextAuth(request, context);
}

export async function handleAuthPost(request: NextRequest, context: AuthRouteContext): Promise<Response> {
  const [action = ""] = (await context.params).nextauth;
  const addressLimit = ADDRESS_LIMITS[action.toLowerCase()];
  const ip = clientAddress(request.headers);
  if (addressLimit) await consumeLimits([addressLimit, ip]);

  const cookieJar = Object.fromEntries((await cookies()).getAll().map((cookie) => [cookie.name, cookie.value]));
  const attempt: SignInAttempt = { ip, cookies: cookieJar };
  const response = await runSignInAttempt(attempt, () => nextAuth(request, context));
  if (attempt.refusal) throw attempt.refusal;
  if (!attempt.deviceCookie) return response;

  // A right password: it does not count against this address, and the browser is now known.
  await refundLimit("sign-in:ip", ip);
  const headers = new Headers(response.headers);
  headers.append("Set-Cookie", serializeDeviceCookie(attempt.deviceCookie.email, attempt.deviceCookie.value));
  return new Response(response.body, { status: response.status, headers });
}
