import { AppError, GENERIC_ERROR, SESSION_ENDED_ERROR } from "../app-error";
import { logger } from "../logger";
import { insteadOf } from "./errors";

// How the photo routes answer: JSON with an `error` a person can read (and `fieldErrors` for the
// form), never a stack trace; for a refusal the same file can never pass, `instead` says what to do.

export function photoJsonError(status: number, error: string, fieldErrors?: Record<string, string>): Response {
  const instead = insteadOf(error);
  return Response.json({ error, ...(instead ? { instead } : {}), ...(fieldErrors ? { fieldErrors } : {}) }, { status, headers: { "Cache-Control": "no-store" } });
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
