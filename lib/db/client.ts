import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { serverEnv } from "../env";
import { logger } from "../logger";
import { PrismaClient, type Prisma } from "../generated/prisma/client";

function createPool(): pg.Pool {
  const env = serverEnv();
  const created = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DB_POOL_MAX,
    // pg waits forever for a connection by default; a page should fail fast instead.
    connectionTimeoutMillis: env.DB_CONNECTION_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
  });
  // An idle connection the server closes (a restart, a failover, the database stopping under a
  // script) is an 'error' event on the pool, which would end the process without a listener.
  // Prisma listens only while connected; readRows may use the pool before and closeDb after. The
  // pool drops the connection and opens another on the next query.
  created.on("error", (error: Error & { code?: string }) => logger.warn({ code: error.code, reason: error.message }, "database connection closed while idle"));
  return created;
}

function createClient(pool: pg.Pool) {
  return new PrismaClient({
    adapter: new PrismaPg(pool),
    // Password hashes never leave lib/auth unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One pool and one client per process; development's hot reload would otherwise open a new pool per edit.
const globalForDb = globalThis as unknown as { footnoteDb?: Db; footnotePool?: pg.Pool };

function pool(): pg.Pool {
  globalForDb.footnotePool ??= createPool();
  return globalForDb.footnotePool;
}

export function db(): Db {
  globalForDb.footnoteDb ??= createClient(pool());
  return globalForDb.footnoteDb;
}

/**
 * The rows of one read, sent with plain pg on Prisma's own pool. For the dashboard's statement,
 * whose one row carries thousands of aggregated values as JSON: Prisma decodes a raw result value
 * by value, which cost as much as PostgreSQL's work on short ranges (bench:dashboard). Only for
 * SELECTs whose columns are JSON, text, or numbers cast to int or float8 in SQL (pg returns int8 and
 * numeric as strings).
 */
export async function readRows<Row extends pg.QueryResultRow>(statement: Prisma.Sql): Promise<Row[]> {
  return (await pool().query<Row>(statement.text, statement.values)).rows;
}

/** Closes the client and the pool (scripts and benchmarks, before they stop their database). */
export async function closeDb(): Promise<void> {
  await globalForDb.footnoteDb?.$disconnect();
  await globalForDb.footnotePool?.end();
  globalForDb.footnoteDb = undefined;
  globalForDb.footnotePool = undefined;
}
