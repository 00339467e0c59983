import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { isPortFree } from "../lib/db/embedded-postgres";
import { checkDeployment, childEnv, DeploymentError, env, EnvError } from "../lib/env";
import { openAppDatabase, type AppDatabase } from "../lib/db/app-database";
import { loadOrCreateSessionSecret } from "../lib/launcher/session-secret";
import { loadOrCreateVapidKeys } from "../lib/launcher/vapid-keys";

// `npm start` / `npm run dev`: everything a fresh clone needs, in one process tree. Embedded
// PostgreSQL unless DATABASE_URL is set, pending migrations, a session secret and a Web Push key pair, then Next.js behind
// the project's own HTTP server (scripts/next-server.ts), so the app knows each request's real
// peer address. SIGINT / SIGTERM stop Next.js first, then PostgreSQL.
//   start  build, then serve the production build
//   serve  serve an existing build (the end-to-end tests build once, then serve)
//   dev    next dev, with hot reload

const modeArgument = process.argv[2];
if (modeArgument !== "start" && modeArgument !== "serve" && modeArgument !== "dev") {
  console.error("usage: tsx scripts/run.ts start|serve|dev");
  process.exit(2);
}
const mode: "start" | "serve" | "dev" = modeArgument;

const require = createRequire(import.meta.url);
const nextCli = require.resolve("next/dist/bin/next");
const nextServer = path.join(import.meta.dirname, "next-server.ts");

let database: AppDatabase | undefined;
let child: ChildProcess | undefined;
let stopping = false;

async function main() {
  const config = env();
  checkDeployment(config);
  if (!(await isPortFree(config.PORT, "0.0.0.0"))) {
    fail(`Port ${config.PORT} is already in use. Stop the program using it, or run: PORT=${config.PORT + 1} npm ${mode === "dev" ? "run dev" : "start"}`);
  }

  const secret = config.NEXTAUTH_SECRET ?? (await loadOrCreateSessionSecret(config.DATA_DIR));
  const vapid = config.VAPID_PUBLIC_KEY && config.VAPID_PRIVATE_KEY ? { publicKey: config.VAPID_PUBLIC_KEY, privateKey: config.VAPID_PRIVATE_KEY } : await loadOrCreateVapidKeys(config.DATA_DIR);
  database = await openAppDatabase(config, (line) => console.log(line));
  console.log(`Database: ${database.description}`);
  const databaseUrl = database.url;

  const appEnv = childEnv({
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    NEXTAUTH_URL: config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`,
  });
  if (mode === "start") {
    const built = await run([nextCli, "build"], { ...appEnv, NODE_ENV: "production" });
    if (built !== 0) return shutdown(built);
  }
  const serverMode = mode === "dev" ? "dev" : "serve";
  const code = await run(["--import", "tsx", nextServer, serverMode], { ...appEnv, NODE_ENV: mode === "dev" ? "development" : "production" });
  await shutdown(code);
}

function run(args: string[], childEnvironment: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    child = spawn(process.execPath, args, { stdio: "inherit", env: childEnvironment });
    child.on("exit", (code, signal) => {
      child = undefined;
      resolve(code ?? (signal ? 0 : 1));
    });
  });
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  if (child) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    child?.kill("SIGKILL");
  }
  if (database) {
    await database.stop().catch((error: unknown) => console.error(`Stopping PostgreSQL failed: ${String(error)}`));
    console.log("Database closed.");
  }
  process.exit(code);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutdown(0));

main().catch(async (error: unknown) => {
  console.error(error instanceof EnvError || error instanceof DeploymentError ? error.message : `Start-up failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
