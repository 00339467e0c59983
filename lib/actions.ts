import { z } from "zod";
import { AppError, fieldErrorsOf, GENERIC_ERROR, NOT_FOUND_ERROR, SESSION_ENDED_ERROR, ValidationError, type FieldErrors } from "./app-error";
import { getCurrentUser, type CurrentUser } from "./auth/current-user";
import { currentRequestId } from "./http/request-id";
import { currentJournal, namedJournal, type JournalContext } from "./journals/current-journal";
import { can, refusalMessage, type JournalAction } from "./journals/policy";
import { logger } from "./logger";

// One chain for every server action: validate with the form's own schema → (require a user) → run.
// Errors a person can fix come back as messages for their fields; anything else is logged and
// answered with a general message, never a stack trace.

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors?: FieldErrors; formError?: string };

async function run<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, fieldErrors: error.fieldErrors };
    if (error instanceof AppError) {
      return error.field ? { ok: false, fieldErrors: { [error.field]: error.message } } : { ok: false, formError: error.message };
    }
    // redirect() and notFound() work by throwing; let Next.js handle them.
    if (error instanceof Error && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_")) throw error;
    logger.error({ err: error, requestId: await currentRequestId() }, "server action failed");
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
    if (!user) return { ok: false, formError: SESSION_ENDED_ERROR };
    const parsed = (typeof schema === "function" ? schema(user) : schema).safeParse(raw);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    return run(() => handler(user, parsed.data));
  };
}

type FoundJournal = Awaited<ReturnType<typeof currentJournal>>;

async function onJournal<S extends z.ZodType, T>(
  found: FoundJournal,
  action: JournalAction,
  schema: S | ((context: JournalContext) => S),
  raw: unknown,
  handler: (context: JournalContext, input: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  if (!found) return { ok: false, formError: SESSION_ENDED_ERROR };
  if (!found.resolved) return { ok: false, formError: NOT_FOUND_ERROR };
  if (!can(found.resolved.access, action)) return { ok: false, formError: refusalMessage(action, found.resolved.journal.name) };
  const context = { user: found.user, ...found.resolved };
  const parsed = (typeof schema === "function" ? schema(context) : schema).safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return run(() => handler(context, parsed.data));
}

/**
 * An action on the open journal: signed in → the journal's access resolved again (a removed
 * carer's call is "not found") → the role allows `action` (otherwise a message saying so, and the
 * form keeps its input) → validate → run with the access.
 */
export function journalAction<S extends z.ZodType, T>(
  action: JournalAction,
  schema: S | ((context: JournalContext) => S),
  handler: (context: JournalContext, input: z.output<S>) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => onJournal(await currentJournal(), action, schema, raw, handler);
}

const namedJournalInput = z.object({ journalId: z.string().max(64), values: z.unknown() });

/**
 * Like journalAction, for a form that names the journal it was opened in (`{ journalId, values }`,
 * `values` checked with `schema`): what it saves goes to that journal even if another window has
 * opened a different one since. Access to the named journal is checked the same way.
 */
export function namedJournalAction<S extends z.ZodType, T>(
  action: JournalAction,
  schema: S | ((context: JournalContext) => S),
  handler: (context: JournalContext, input: z.output<S>) => Promise<T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const input = namedJournalInput.safeParse(raw);
    if (!input.success) return { ok: false, formError: NOT_FOUND_ERROR };
    return onJournal(await namedJournal(input.data.journalId), action, schema, input.data.values, handler);
  };
}
