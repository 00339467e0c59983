import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./test";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import pg from "pg";
import sharp from "sharp";
import { childEnv } from "../lib/env";
import { startSmtpCapture } from "../lib/testing/smtp-capture";
import { newPerson, signUp } from "./helpers";

// More than one machine, on one: two web processes (`tsx scripts/run.ts serve`, the production
// build; the second finds the first's embedded PostgreSQL running and shares it) and one
// `npm run worker` process, with jobs kept out of the web processes, photos on S3 (s3rver) and mail
// through SMTP. What one process does, the others see: nothing lives in a process's memory.

const SECRET = "scale-out-secret-that-is-at-least-32-characters";
const children: ChildProcess[] = [];
let dataDir: string;
let s3: S3rver;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let webA: string;
let webB: string;
let shared: Record<string, string>;
let pool: pg.Pool | undefined;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function start(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], { env: childEnv({ ...shared, ...env }), stdio: ["ignore", "ignore", "inherit"] });
  children.push(child);
  return child;
}

async function startWeb(): Promise<string> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  start(["scripts/run.ts", "serve"], { PORT: String(port), NEXTAUTH_URL: url });
  await expect.poll(() => fetch(`${url}/`).then((response) => response.status, () => 0), { timeout: 60_000 }).toBe(200);
  return url;
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** The embedded PostgreSQL the first web process started: its lock file names the port. */
function databaseUrl(): string {
  const port = readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[3];
  return `postgresql://footnote:footnote@127.0.0.1:${port}/footnote`;
}

/** The shared database, straight through pg: the app's Prisma client is a per-process singleton,
 *  and another spec in this Playwright worker may already have pointed it at the e2e database. */
function database(): pg.Pool {
  pool ??= new pg.Pool({ connectionString: databaseUrl(), max: 2 });
  return pool;
}

/** The first link of the newest mail to `to` with `subject` that the SMTP server received. */
async function emailedLink(to: string, subject: string): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(() => {
      const mail = smtp.messages.findLast((message) => message.subject === subject && message.to && JSON.stringify(message.to).includes(to));
      link = /https?:\/\/\S+/.exec(mail?.text ?? "")?.[0];
      return link;
    })
    .toBeTruthy();
  return link ?? "";
}

/** next-auth's password sign-in over HTTP, as the sign-in form sends it; the status and cookie. */
async function passwordSignIn(request: APIRequestContext, base: string, email: string, password: string) {
  const { csrfToken } = (await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${base}/api/auth/callback/credentials`, {
    form: { email, password, csrfToken, json: "true" },
    headers: { Origin: base },
    maxRedirects: 0,
  });
  return response.status();
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dataDir = await mkdtemp(path.join(os.tmpdir(), "footnote-scale-out-"));
  s3 = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: path.join(dataDir, "s3"), configureBuckets: [{ name: "photos" }] });
  const { port: s3Port } = await s3.run();
  smtp = await startSmtpCapture();
  shared = {
    // Empty: this spec's own embedded PostgreSQL, whatever another spec set in this process.
    DATABASE_URL: "",
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    NEXTAUTH_SECRET: SECRET,
    RUN_JOBS: "false",
    SMTP_URL: smtp.url,
    PHOTO_STORAGE: "s3",
    S3_BUCKET: "photos",
    S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
    S3_FORCE_PATH_STYLE: "true",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    LOG_LEVEL: "warn",
    // The AWS SDK's notice that later versions need Node 22, once per process.
    NODE_NO_WARNINGS: "1",
    RATE_LIMIT_PER_EMAIL: "5",
    JOB_POLLING_INTERVAL_SECONDS: "0.5",
  };
  webA = await startWeb();
  webB = await startWeb();
});

test.afterAll(async () => {
  // The first web process owns the embedded PostgreSQL: it stops last.
  await pool?.end();
  for (const child of [...children].reverse()) await stop(child);
  await smtp?.close();
  await s3?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test("a session signed out through one web process is refused by the other", async ({ page, playwright }) => {
  const person = newPerson("two-webs");
  await signUp(page, person, { base: webA, emailedLink });
  // Cookies are per host, not per port: the same browser is signed in on both, as behind a proxy.
  await page.goto(`${webB}/today`);
  await expect(page.getByRole("heading", { name: `Hello, ${person.name}` })).toBeVisible();
  const cookie = (await page.context().cookies(webA)).find((entry) => entry.name === "next-auth.session-token")!;

  await page.goto(`${webA}/today`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in|\/$/);
  // The signed-out session's cookie, replayed on the other process (a copy kept by someone else).
  const replay = await playwright.request.newContext({ extraHTTPHeaders: { Cookie: `${cookie.name}=${cookie.value}` } });
  const refused = await replay.get(`${webB}/today`, { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers().location).toContain("/sign-in");
  await replay.dispose();
});

test("rate limits are counted once across both web processes", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const email = `nobody-${Date.now()}@example.com`;
  const statuses = [];
  // Five attempts allowed per email (RATE_LIMIT_PER_EMAIL), spread over both; the sixth is refused by either.
  for (const base of [webA, webB, webA, webB, webA]) statuses.push(await passwordSignIn(request, base, email, "wrong password"));
  expect(statuses.every((status) => status !== 429)).toBe(true);
  expect(await passwordSignIn(request, webB, email, "wrong password")).toBe(429);
  expect(await passwordSignIn(request, webA, email, "wrong password")).toBe(429);
  await request.dispose();
});

test("a photo uploaded through one web process is stored on S3 and served by both", async ({ page }) => {
  const person = newPerson("s3-photo");
  await signUp(page, person, { base: webA, emailedLink });
  const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#a52" } }).jpeg().toBuffer();
  const upload = await page.request.post(`${webA}/api/photos`, {
    multipart: { file: { name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: jpeg } },
    headers: { Origin: webA },
  });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  for (const base of [webA, webB]) {
    const served = await page.request.get(`${base}/api/photos/${id}`);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/jpeg");
    expect((await sharp(await served.body()).metadata()).width).toBe(64);
  }
  const { rows: [stored] } = await database().query<{ storageKey: string; thumbnailKey: string }>(`SELECT "storageKey", "thumbnailKey" FROM "Photo" WHERE id = $1`, [id]);
  const { S3Storage } = await import("../lib/photos/s3-storage");
  const bucket = new S3Storage({ bucket: "photos", region: "us-east-1", endpoint: shared.S3_ENDPOINT, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
  expect(await bucket.list()).toEqual(expect.arrayContaining([stored!.storageKey, stored!.thumbnailKey]));
  bucket.destroy();
});

test("the worker process sends each due reminder once, with jobs kept out of the web processes", async () => {
  const tag = `scale-${Date.now()}`;
  // Ten people with five daily reminders each, all due a minute ago.
  await database().query(
    `INSERT INTO "User" (id, email, name, "timeZone", "updatedAt")
     SELECT $1 || '-' || n, $1 || '-' || n || '@example.com', 'Scale ' || n, 'Europe/London', now() FROM generate_series(1, 10) AS n`,
    [tag],
  );
  await database().query(
    `INSERT INTO "Reminder" (id, "userId", kind, frequency, weekdays, "localTime", "timeZone", "startDate", "nextOccurrenceAt", "updatedAt")
     SELECT u.id || '-rule-' || r, u.id, 'CARE_ROUTINE', 'DAILY', '{}', '08:00', 'Europe/London', date '2026-01-01', now() - interval '1 minute', now()
       FROM "User" u CROSS JOIN generate_series(1, 5) AS r WHERE u.id LIKE $1 || '-%'`,
    [tag],
  );
  const sent = async () => Number((await database().query(`SELECT count(*) FROM "Delivery" WHERE "userId" LIKE $1 || '-%' AND status = 'SENT'`, [tag])).rows[0].count);
  const before = smtp.messages.length;
  // The worker dispatches as it starts (and every minute); the web processes run no jobs.
  start(["scripts/worker.ts"], { DATABASE_URL: databaseUrl(), NEXTAUTH_URL: webA });
  await expect.poll(sent, { timeout: 20_000 }).toBe(50);

  const { rows: deliveries } = await database().query<{ id: string }>(`SELECT id FROM "Delivery" WHERE "userId" LIKE $1 || '-%'`, [tag]);
  expect(deliveries).toHaveLength(50);
  const messageIds = smtp.messages.slice(before).map((message) => message.messageId);
  expect(messageIds).toHaveLength(50);
  expect(new Set(messageIds)).toEqual(new Set(deliveries.map((delivery) => `<reminder-${delivery.id}@127.0.0.1>`)));
});
