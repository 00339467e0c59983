import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "./auth/current-user";
import { logger } from "./logger";

// One chain for every server action: validate with the form's own schema → (require a user) → run.
// Errors a person can fix come back as messages for their fields; anything else is logged and
// answered with a general message, never a stack trace.

export type FieldErrors = Record<string, string>;
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: FieldErrors; formError?: string };

/** Thrown inside an action for an error the user can fix; becomes a field or form message. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Thrown when input is checked against a schema only known inside the action. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("Invalid input");
  }
}

/** Parses with `schema`, or stops the action with its field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

export const GENERIC_ERROR = "Something went wrong on our side. Please try again in a moment.";
export const NOT_FOUND_ERROR = "That item could not be found.";

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    errors[key] ??= issue.message;
  }
  return errors;
}

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, fieldErrors: error.fieldErrors };
    if (error instanceof ActionError) {
      return error.field ? { ok: false, fieldErrors: { [error.field]: error.message } } : { ok: false, formError: error.message };
    }
    // redirect() and notFound() work by throwing; let Next.js handle them.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
    logger.error({ err: error }, "server action failed");
    return { ok: false, formError: GENERIC_ERROR };
  }
}

export function publicAction<S extends z.ZodType, T>(schema: S, handler: (input: z.output<S>) => Promise<T>) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    return run(() => handler(parsed.data));
  };
}

/** `schema` may depend on the user, e.g. "not in the future" in their time zone. */
export function userAction<S extends z.ZodType, T>(
  schema: S | ((user: CurrentUser) => S),
  handler: (user: CurrentUser, input: z.output<S>) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, formError: "Your session has ended. Please sign in again." };
    const parsed = (typeof schema === "function" ? schema(user) : schema).safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    return run(() => handler(user, parsed.data));
  };
}
