import { GENERIC_ERROR } from "../actions";
import { logger } from "../logger";
import { PhotoError } from "./errors";

// How the photo routes answer: JSON with an `error` a person can read (and `fieldErrors` for the
// form), never a stack trace.

export function photoJsonError(status: number, error: string, fieldErrors?: Record<string, string>): Response {
  return Response.json(fieldErrors ? { error, fieldErrors } : { error }, { status, headers: { "Cache-Control": "no-store" } });
}

export function signInAgain(): Response {
  return photoJsonError(401, "Your session has ended. Please sign in again.");
}

/** A PhotoError becomes its own message and status; anything else is logged and answered generally. */
export function photoErrorResponse(error: unknown, context: Record<string, unknown>): Response {
  if (error instanceof PhotoError) return photoJsonError(error.status, error.message);
  logger.error({ err: error, ...context }, "photo request failed");
  return photoJsonError(500, GENERIC_ERROR);
}
