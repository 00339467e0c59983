import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { clientIp } from "../http/client-ip";
import { forbiddenCrossOrigin, isSameOrigin } from "../http/same-origin";
import { consumeAuthAttempt, tooManyAttemptsMessage, type AuthAction } from "../rate-limit/auth-rate-limit";
import { authOptions } from "./auth-options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// next-auth's own endpoints, with the project's rate limits and origin check in front of the two
// that take an email address: password sign-in and magic-link requests.
const LIMITED: Record<string, AuthAction> = {
  "/api/auth/callback/credentials": "sign-in",
  "/api/auth/signin/email": "magic-link",
};

export function GET(request: NextRequest, context: RouteContext) {
  return NextAuth(authOptions())(request, context);
}

export async function POST(request: NextRequest, context: RouteContext) {
  if (!isSameOrigin(request)) return forbiddenCrossOrigin();
  const action = LIMITED[request.nextUrl.pathname];
  if (action) {
    const form = await request.clone().formData().catch(() => null);
    const email = form?.get("email");
    const verdict = await consumeAuthAttempt(action, {
      ip: clientIp(request.headers),
      email: typeof email === "string" && email ? email : undefined,
    });
    if (!verdict.allowed) {
      return Response.json(
        { error: "TooManyAttempts", message: tooManyAttemptsMessage(verdict.retryAfterSeconds), retryAfterSeconds: verdict.retryAfterSeconds },
        { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
      );
    }
  }
  return NextAuth(authOptions())(request, context);
}
