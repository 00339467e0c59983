import { NextRequest } from "next/server";
import { AppError, GENERIC_ERROR, SESSION_ENDED_ERROR, ValidationError } from "./app-error";
import { getCurrentUser, type CurrentUser } from "./auth/current-user";
import { clientAddress } from "./http/client-address";
import { loggablePath } from "./http/loggable-path";
import { REQUEST_ID_HEADER } from "./http/request-id";
import { isSameOrigin } from "./http/same-origin";
import { journalOfRequest, type JournalContext } from "./journals/current-journal";
import { can, refusalMessage, type JournalAction } from "./journals/policy";
import { logger } from "./logger";
import { assertWithinLimit, countMiss } from "./rate-limit/limits";

// One chain for every route handler, like lib/actions.ts for server actions: (same-origin check
// for unsafe methods) → (token-guess limit) → (require a user) → run. An AppError becomes its
// status and message as JSON (429 with Retry-After); anything else is logged with the request id
// and answered with a general message, never a stack trace.

type Handler<C, A extends unknown[]> = (...args: [...A, NextRequest, C]) => Promise<Response>;

export type RouteOptions = {
  /**
   * The URL's secret is the only key (share links, calendar feeds, email links): an address whose
   * unknown tokens (404s) used up its allowance gets 429 before anything is looked up.
   */
  tokenGuesses?: boolean;
  /** RFC 8058 one-click unsubscribe is posted by mail providers, from no page of ours. */
  crossSite?: boolean;
};

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function jsonError(status: number, error: string, extra: { fieldErrors?: Record<string, string>; retryAfterSeconds?: number } = {}): Response {
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (extra.retryAfterSeconds) headers["Retry-After"] = String(extra.retryAfterSeconds);
  return Response.json(extra.fieldErrors ? { error, fieldErrors: extra.fieldErrors } : { error }, { status, headers });
}

export function errorResponse(error: unknown, request: Request): Response {
  if (error instanceof ValidationError) return jsonError(400, Object.values(error.fieldErrors)[0] ?? error.message, { fieldErrors: error.fieldErrors });
  if (error instanceof AppError) return jsonError(error.status, error.message, { retryAfterSeconds: error.retryAfterSeconds });
  logger.error(
    { err: error, requestId: request.headers.get(REQUEST_ID_HEADER) ?? undefined, method: request.method, path: loggablePath(request.url) },
    "route failed",
  );
  return jsonError(500, GENERIC_ERROR);
}

async function runRoute(request: NextRequest, options: RouteOptions, work: () => Promise<Response>): Promise<Response> {
  const address = clientAddress(request.headers);
  let response: Response;
  try {
    if (UNSAFE_METHODS.has(request.method) && !options.crossSite && !isSameOrigin(request)) {
      throw new AppError("Cross-site requests are not allowed.", { status: 403 });
    }
    if (options.tokenGuesses) await assertWithinLimit("token-guess:ip", address);
    response = await work();
  } catch (error) {
    response = errorResponse(error, request);
  }
  if (options.tokenGuesses && response.status === 404) await countMiss("token-guess:ip", address);
  return response;
}

// Next.js hands route handlers a NextRequest; tests may pass a plain Request.
const asNextRequest = (request: Request) => (request instanceof NextRequest ? request : new NextRequest(request));

export function publicRoute<C = unknown>(handler: Handler<C, []>, options: RouteOptions = {}) {
  return (request: Request, context?: C) => {
    const nextRequest = asNextRequest(request);
    return runRoute(nextRequest, options, () => handler(nextRequest, context as C));
  };
}

export function userRoute<C = unknown>(handler: Handler<C, [CurrentUser]>, options: RouteOptions = {}) {
  return (request: Request, context?: C) => {
    const nextRequest = asNextRequest(request);
    return runRoute(nextRequest, options, async () => {
      const user = await getCurrentUser();
      if (!user) throw new AppError(SESSION_ENDED_ERROR, { status: 401 });
      return handler(user, nextRequest, context as C);
    });
  };
}

/**
 * A route on the journal the request names, else the open one, like journalAction: 401 signed out,
 * 404 without access, 403 when the role does not allow it.
 */
export function journalRoute<C = unknown>(action: JournalAction, handler: Handler<C, [JournalContext]>, options: RouteOptions = {}) {
  return (request: Request, context?: C) => {
    const nextRequest = asNextRequest(request);
    return runRoute(nextRequest, options, async () => {
      const found = await journalOfRequest(nextRequest);
      if (!found) throw new AppError(SESSION_ENDED_ERROR, { status: 401 });
      if (!found.resolved) throw AppError.notFound();
      if (!can(found.resolved.access, action)) throw new AppError(refusalMessage(action, found.resolved.journal.name), { status: 403 });
      return handler({ user: found.user, ...found.resolved }, nextRequest, context as C);
    });
  };
}
