import type { z } from "zod";
import { messageKey } from "./i18n/message-key";

// The application's one error type. Services throw it for anything the person can act on; the
// server-action chain (lib/actions.ts) turns it into a field or form message and route handlers
// into its status. Anything else is a fault: logged with the request id, answered generally.

export type FieldErrors = Record<string, string>;
export type AppErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

// Keys like every other message (lib/i18n/message-key.ts): a form, or the page that reads a route's
// JSON `error`, shows them in the person's language.
export const GENERIC_ERROR = messageKey("generic");
export const NOT_FOUND_ERROR = messageKey("notFound");
export const SESSION_ENDED_ERROR = messageKey("sessionEnded");

export class AppError extends Error {
  readonly field?: string;
  readonly status: AppErrorStatus;
  /** For 429: when to try again (a `Retry-After` header on routes). */
  readonly retryAfterSeconds?: number;

  constructor(message: string, options: { field?: string; status?: AppErrorStatus; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.field = options.field;
    this.status = options.status ?? 422;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  static notFound(message = NOT_FOUND_ERROR): AppError {
    return new AppError(message, { status: 404 });
  }
}

/** Input that fails a schema only known inside a service or action; carries every field's message. */
export class ValidationError extends AppError {
  constructor(readonly fieldErrors: FieldErrors) {
    super("Invalid input", { status: 400 });
    this.name = "ValidationError";
  }
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Parses with `schema`, or throws a ValidationError with its field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}
