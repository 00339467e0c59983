import { z } from "zod";

// The one reader of process.env. Every setting is parsed here at start-up; a missing or malformed
// value stops the process with a message naming the variable.

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(emptyAsUndefined, schema.default(fallback as never));
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

const schema = z.object({
  NODE_ENV: withDefault(z.enum(["development", "production", "test"]), "development"),
  /** Where the embedded database, the generated secret and the photos live. */
  DATA_DIR: withDefault(z.string(), ".data"),
  /** Unset: the launcher starts embedded PostgreSQL and sets it for the app process. */
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" })),
  EMBEDDED_PG_PORT: withDefault(port, 54329),
  PORT: withDefault(port, 3000),
  /** The public URL of the app; links in emails point here. */
  NEXTAUTH_URL: optional(z.url()),
  /** Unset: the launcher generates one into DATA_DIR on first run. */
  NEXTAUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
  /** Unset: mail goes to the outbox table, shown at /dev/outbox. */
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" })),
  MAIL_FROM: withDefault(z.string().min(3), "Footnote <no-reply@footnote.localhost>"),
  DB_POOL_MAX: withDefault(positiveInt.max(200), 10),
  DB_CONNECTION_TIMEOUT_MS: withDefault(positiveInt, 5000),
  DB_STATEMENT_TIMEOUT_MS: withDefault(positiveInt, 15000),
  RATE_LIMIT_WINDOW_SECONDS: withDefault(positiveInt, 900),
  RATE_LIMIT_PER_EMAIL: withDefault(positiveInt, 5),
  /** Higher than per email: a clinic or a household shares one address. */
  RATE_LIMIT_PER_IP: withDefault(positiveInt, 30),
  LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {
  constructor(issues: z.core.$ZodIssue[]) {
    super(
      "Invalid configuration:\n" +
        issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n"),
    );
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) throw new EnvError(result.error.issues);
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Settings the running app cannot do without; the launcher (scripts/run.ts) provides both. */
export function serverEnv() {
  const value = env();
  if (!value.DATABASE_URL) throw new EnvError([missing("DATABASE_URL")]);
  if (!value.NEXTAUTH_SECRET) throw new EnvError([missing("NEXTAUTH_SECRET")]);
  return {
    ...value,
    DATABASE_URL: value.DATABASE_URL,
    NEXTAUTH_SECRET: value.NEXTAUTH_SECRET,
    NEXTAUTH_URL: value.NEXTAUTH_URL ?? `http://localhost:${value.PORT}`,
  };
}

function missing(name: string): z.core.$ZodIssue {
  return { code: "custom", path: [name], message: "is required", input: undefined };
}

/** The environment for a child process (next, prisma), with the given settings added. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
