import { AppError, GENERIC_ERROR, SESSION_ENDED_ERROR } from "../app-error";
import { logger } from "../logger";

// How the photo routes answer: JSON with an `error` a person can read (and `fieldErrors` for the
// form), never a stack trace.

export function photoJsonError(status: number, error: string, fieldErrors?: Record<string, string>): Response {
  return Response.json(fieldErrors ? { error, fieldErrors } : { error }, { status, headers: { "Cache-Control": "no-store" } });
}

export function signInAgain(): Response {
  return photoJsonError(401, SESSION_ENDED_ERROR);
}

/** An AppError becomes its own message and status; anything else is logged and answered generally. */
export function photoErrorResponse(error: unknown, context: Record<string, unknown>): Response {
  if (error instanceof AppError) return photoJsonError(error.status, error.message);
  logger.error({ err: error, ...context }, "photo request failed");
  return photoJsonError(500, GENERIC_ERROR);
}
