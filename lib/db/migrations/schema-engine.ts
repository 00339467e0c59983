import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine as WasmSchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";

// Prisma's schema engine, compiled to WebAssembly and published on npm, is the one engine that runs
// on machines that reach only the npm registry (see docs/decisions/0006). Its API is internal-ish:
// the package version is pinned exactly, and lib/db/migrations/migrations.test.ts covers its use.

/** A migrations folder as read from disk, in Prisma's layout. */
export type MigrationsFolder = {
  /** Absolute path of prisma/migrations. */
  dir: string;
  /** Content of migration_lock.toml, null when there is none. */
  lockfile: string | null;
  /** Oldest first; `name` is the folder name, `sql` its migration.sql. */
  migrations: { name: string; sql: string }[];
};

/**
 * Applies the migrations of `folder` that `databaseUrl` has not had yet, recording them in Prisma's
 * `_prisma_migrations` table, and returns their names. Concurrent callers are serialised by the
 * engine's advisory lock.
 */
export async function applyMigrationsFolder(
  databaseUrl: string,
  folder: MigrationsFolder,
  log?: (line: string) => void,
): Promise<string[]> {
  // One connection: the engine's session-level advisory lock must be taken and released on the
  // connection that runs the migrations.
  const pool = new pg.Pool({ ...connectionFields(databaseUrl), max: 1 });
  try {
    const result = await withEngine(new PrismaPgSendingScriptsWhole(pool), log, (engine) =>
      engine.applyMigrations({ migrationsList: toMigrationList(folder), filters: NO_FILTERS }),
    );
    return result.appliedMigrationNames;
  } finally {
    await pool.end();
  }
}

/**
 * The SQL that turns a database built from datamodel `from` (null: an empty database) into one
 * built from datamodel `to`, or null when they need the same database. Needs no database.
 */
export async function diffDatamodels(from: string | null, to: string): Promise<string | null> {
  const result = await withEngine(offlineAdapterFactory(), undefined, (engine) =>
    engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      // Exit code 2 means "the diff is not empty"; the script of an empty one is a comment.
      exitCode: true,
      filters: NO_FILTERS,
    }),
  );
  return result.exitCode === 2 && result.stdout ? result.stdout : null;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * adapter-pg splits a migration script at every ";" (breaking any literal or comment that holds
 * one) and runs the pieces one by one. Sent whole and without parameters, a script is one simple
 * query, which PostgreSQL runs in one implicit transaction, as `prisma migrate deploy` does.
 */
class PrismaPgSendingScriptsWhole extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    return adapter;
  }
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: ((line: string) => void) | undefined,
  work: (engine: WasmSchemaEngine) => Promise<T>,
): Promise<T> {
  await loadWasm();
  openEngines++;
  try {
    const engine = await wasmBindings.SchemaEngine.new(
      { datamodels: undefined },
      (line: string) => log?.(engineLogMessage(line)),
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    if (--openEngines === 0) clearEngineTimers();
  }
}

// The engine sets timers (such as the 10 s advisory lock timeout) that it never clears, which
// would keep the process alive that long after its work is done. Its timers are the wasm
// instance's, not one engine's, so they are cleared when no engine is open.
let openEngines = 0;
const engineTimers = new Set<NodeJS.Timeout>();

function engineSetTimeout(callback: () => void, milliseconds: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    engineTimers.delete(timer);
    callback();
  }, milliseconds >>> 0);
  engineTimers.add(timer);
  return timer;
}

function clearEngineTimers() {
  for (const timer of engineTimers) clearTimeout(timer);
  engineTimers.clear();
}

let wasmLoaded: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmLoaded ??= (async () => {
    // The package's own entry imports the .wasm as an ES module, which Node cannot do; instantiate
    // it here instead, with the generated JS glue as its imports.
    const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm"));
    const imports: WebAssembly.ModuleImports = { ...(wasmBindings as unknown as WebAssembly.ModuleImports) };
    const setTimeoutImport = Object.keys(imports).find((name) => name.startsWith("__wbg_setTimeout_"));
    if (setTimeoutImport) imports[setTimeoutImport] = engineSetTimeout;
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": imports });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    // A Rust panic reports its message here and then traps, with a bare "unreachable", inside a
    // callback no promise waits on. Throwing here instead puts the message on that crash.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        throw new Error(`Prisma schema engine panicked: ${message}`);
      },
    };
  })();
  return wasmLoaded;
}

// Discrete fields, not a connectionString: adapter-pg gives a connectionString precedence over any
// field it changes, such as the database of a shadow database.
// Discrete fields rather than a connection string (see ../shared notes: adapter-pg treats a
// connectionString specially); pg's own parser keeps parameters such as sslmode.
function connectionFields(databaseUrl: string): pg.PoolConfig {
  return parseIntoClientConfig(databaseUrl);
}

function toMigrationList(folder: MigrationsFolder): MigrationList {
  return {
    baseDir: folder.dir,
    lockfile: { path: "migration_lock.toml", content: folder.lockfile },
    shadowDbInitScript: "",
    migrationDirectories: folder.migrations.map(({ name, sql }) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: sql } },
    })),
  };
}

/**
 * The engine asks a newly connected database one question (whether the schema exists, and the
 * server's version) even when it will only diff datamodels. This adapter answers that, as a
 * PostgreSQL 17 server would, and refuses everything else.
 */
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const refuse = () => Promise.reject(new Error("No database: this schema engine only diffs datamodels."));
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "footnote-offline",
    queryRaw: async (query): Promise<SqlResultSet> => {
      if (!query.sql.startsWith("SELECT EXISTS(SELECT 1 FROM pg_namespace")) return refuse();
      return {
        columnNames: ["exists", "version", "numeric_version"],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, "PostgreSQL 17.0", 170000]],
      };
    },
    executeRaw: refuse,
    executeScript: refuse,
    startTransaction: refuse,
    dispose: async () => {},
  };
  return {
    provider: "postgres",
    adapterName: "footnote-offline",
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
}

function engineLogMessage(line: string): string {
  try {
    const parsed = JSON.parse(line) as { fields?: { message?: unknown } };
    return typeof parsed.fields?.message === "string" ? parsed.fields.message : line.trim();
  } catch {
    return line.trim();
  }
}
