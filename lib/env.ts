import { z } from "zod";

// The one reader of process.env. Every setting is parsed here at start-up; a missing or malformed
// value stops the process with a message naming the variable.

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyAsUndefined, schema.optional());
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.input<T>) =>
  z.preprocess(emptyAsUndefined, schema.default(fallback as never));
const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** TRUSTED_PROXIES, parsed: none (the default), a number of proxy hops, or the proxies' addresses. */
export type TrustedProxies = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; entries: string[] };

/** "1" or "2": hops; "10.0.0.5, 10.1.0.0/16": addresses and subnets. Throws with a reason. */
/** 4 or 6 for an IP address, 0 otherwise (node:net's isIP, without a Node module: proxy.ts reads env too). */
function ipVersion(value: string): 0 | 4 | 6 {
  if (/^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(value)) return 4;
  if (!value.includes(":") || !/^[0-9a-f:.]+$/i.test(value)) return 0;
  try {
    new URL(`http://[${value}]/`);
    return 6;
  } catch {
    return 0;
  }
}

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0" || text.toLowerCase() === "none") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const entries = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const version = ipVersion(address);
    const prefixOk = prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (version === 6 ? 128 : 32));
    if (version === 0 || !prefixOk || extra !== undefined) throw new Error(`"${entry}" is not an IP address or subnet`);
  }
  return { kind: "addresses", entries: entries.map((entry) => entry.toLowerCase()) };
}

const trustedProxiesSchema = z.string().optional().transform((value, context): TrustedProxies => {
  try {
    return parseTrustedProxies(value);
  } catch (error) {
    context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
    return z.NEVER;
  }
});

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
  /**
   * Which X-Forwarded-For entries to believe: unset (none; the socket's peer is the client), a hop
   * count ("1": one proxy in front), or the proxies' addresses and subnets ("10.0.0.2, 10.1.0.0/16").
   */
  TRUSTED_PROXIES: trustedProxiesSchema,
  /** Port of the app the end-to-end tests start (playwright.config.ts). */
  E2E_PORT: withDefault(port, 3100),
  /** Port of the embedded PostgreSQL of the app the end-to-end tests start. */
  E2E_PG_PORT: withDefault(port, 54339),
  LOG_LEVEL: withDefault(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]), "info"),
  /** Where photos are kept: "local" (under DATA_DIR/photos) or "s3" (any S3-compatible service). */
  PHOTO_STORAGE: withDefault(z.enum(["local", "s3"]), "local"),
  /** Required when PHOTO_STORAGE=s3 (checked by photoStorageEnv), like the two keys below. */
  S3_BUCKET: optional(z.string().min(1)),
  /** Unset: AWS S3 itself. Set for R2, MinIO and the like, e.g. http://127.0.0.1:9000. */
  S3_ENDPOINT: optional(z.url()),
  S3_REGION: withDefault(z.string().min(1), "us-east-1"),
  S3_ACCESS_KEY_ID: optional(z.string().min(1)),
  S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
  /** MinIO and most self-hosted services need path-style URLs (endpoint/bucket/key). */
  S3_FORCE_PATH_STYLE: withDefault(z.stringbool({ error: "must be true or false" }), "false"),
  /** Unset or true: the web process runs the job worker (reminders); false: only `npm run worker` does. */
  RUN_JOBS: withDefault(z.stringbool({ error: "must be true or false" }), "true"),
  /** Web Push keys (base64url). Unset: the launcher generates a pair into DATA_DIR on first run. */
  VAPID_PUBLIC_KEY: optional(z.string().regex(/^[A-Za-z0-9_-]{86,88}$/, "must be a base64url P-256 public key (87 characters)")),
  VAPID_PRIVATE_KEY: optional(z.string().regex(/^[A-Za-z0-9_-]{42,44}$/, "must be a base64url P-256 private key (43 characters)")),
  /** Who push services may contact about this server: a mailto: or https: URL. Unset: MAIL_FROM's address. */
  VAPID_SUBJECT: optional(z.string().regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, "must be a mailto: or https:// URL")),
  /** Tries per reminder email before its delivery is marked failed; retries back off exponentially. */
  REMINDER_SEND_ATTEMPTS: withDefault(positiveInt.max(20), 5),
  REMINDER_RETRY_DELAY_SECONDS: withDefault(positiveInt, 60),
  /** A send job not finished in this time (a crashed worker) is tried again. */
  REMINDER_SEND_TIMEOUT_SECONDS: withDefault(positiveInt, 120),
  REMINDER_SEND_BATCH_SIZE: withDefault(positiveInt.max(500), 25),
  /** Polling loops per process for send jobs. */
  REMINDER_SEND_WORKERS: withDefault(positiveInt.max(50), 2),
  JOB_POLLING_INTERVAL_SECONDS: withDefault(z.coerce.number().min(0.5), 2),
  /** How often pg-boss looks for timed-out jobs and cleans up. */
  JOB_MAINTENANCE_INTERVAL_SECONDS: withDefault(positiveInt, 60),
  /** Pooled SMTP connections per process. */
  SMTP_MAX_CONNECTIONS: withDefault(positiveInt.max(100), 5),
  /** The Chromium the PDF report is rendered with; unset: Debian's headless shell when installed, else /usr/bin/chromium. */
  CHROMIUM_PATH: optional(z.string().min(1)),
  /** How the PDF renderer reaches this app; unset: http://127.0.0.1:$PORT (loopback, never the public URL). */
  REPORT_RENDER_URL: optional(z.url()),
  /** PDFs rendered at once per instance, each in its own tab of one warm Chromium. */
  REPORT_PDF_CONCURRENCY: withDefault(positiveInt.max(20), 2),
  /** PDFs that may wait for a turn (up to 30 s each); more get "busy, try again". */
  REPORT_PDF_QUEUE: withDefault(z.coerce.number().int().min(0).max(100), 8),
  /** Offers the pseudo-language en-XA (long, accented English) through the locale cookie: for tests and development. */
  PSEUDO_LANGUAGE: withDefault(z.stringbool({ error: "must be true or false" }), "false"),
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

/** A URL on this machine: localhost, *.localhost, 127.x or [::1]. Anything else is a real deployment. */
export function isLocalUrl(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === "localhost" || hostname.endsWith(".localhost") || /^127\.\d+\.\d+\.\d+$/.test(hostname) || hostname === "[::1]";
}

/** A public URL without what a public deployment needs; its message is one line naming the fix. */
export class DeploymentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeploymentError";
  }
}

/** Start-up refuses to serve a public URL without https or without a mail server (no outbox in public). */
export function checkDeployment(value: Env): void {
  const url = value.NEXTAUTH_URL;
  if (!url || isLocalUrl(url)) return;
  if (new URL(url).protocol !== "https:") {
    throw new DeploymentError(`NEXTAUTH_URL (${url}) is a public address, so it must start with https:// (sign-in cookies and health data travel over it).`);
  }
  if (!value.SMTP_URL) {
    throw new DeploymentError(`NEXTAUTH_URL (${url}) is a public address, so SMTP_URL is required: without a mail server, sign-in and reset links would have nowhere to go.`);
  }
}

/** Settings the running app cannot do without; the launcher (scripts/run.ts) provides both. */
export function serverEnv() {
  const value = env();
  if (!value.DATABASE_URL) throw new EnvError([missing("DATABASE_URL")]);
  if (!value.NEXTAUTH_SECRET) throw new EnvError([missing("NEXTAUTH_SECRET")]);
  checkDeployment(value);
  return {
    ...value,
    DATABASE_URL: value.DATABASE_URL,
    NEXTAUTH_SECRET: value.NEXTAUTH_SECRET,
    NEXTAUTH_URL: value.NEXTAUTH_URL ?? `http://localhost:${value.PORT}`,
  };
}

/** Web Push settings, or null when no key pair is set (the launcher always sets one). */
export function pushEnv(value: Env = env()) {
  if (!value.VAPID_PUBLIC_KEY || !value.VAPID_PRIVATE_KEY) return null;
  const address = /<([^>]+)>/.exec(value.MAIL_FROM)?.[1] ?? value.MAIL_FROM.trim();
  return { publicKey: value.VAPID_PUBLIC_KEY, privateKey: value.VAPID_PRIVATE_KEY, subject: value.VAPID_SUBJECT ?? `mailto:${address}` };
}

/** Photo storage settings; with PHOTO_STORAGE=s3, the bucket and both keys must be set. */
export function photoStorageEnv(value: Env = env()) {
  if (value.PHOTO_STORAGE === "local") return { driver: "local" as const, dataDir: value.DATA_DIR };
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: accessKeyId, S3_SECRET_ACCESS_KEY: secretAccessKey } = value;
  if (!bucket || !accessKeyId || !secretAccessKey) {
    const absent = (["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const).filter((name) => !value[name]);
    throw new EnvError(absent.map((name) => ({ ...missing(name), message: "is required when PHOTO_STORAGE=s3" })));
  }
  return {
    driver: "s3" as const,
    bucket,
    endpoint: value.S3_ENDPOINT,
    region: value.S3_REGION,
    forcePathStyle: value.S3_FORCE_PATH_STYLE,
    credentials: { accessKeyId, secretAccessKey },
  };
}

function missing(name: string): z.core.$ZodIssue {
  return { code: "custom", path: [name], message: "is required", input: undefined };
}

/** The environment for a child process (next, prisma), with the given settings added. */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}

/** For scripts that start the database themselves (the seed): settings for the rest of this process. */
export function setForThisProcess(values: Record<string, string>): void {
  Object.assign(process.env, values);
  cached = undefined;
}
