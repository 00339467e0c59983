import { PrismaPg } from "@prisma/adapter-pg";
import { serverEnv } from "../env";
import { PrismaClient } from "../generated/prisma/client";

function createClient() {
  const env = serverEnv();
  const adapter = new PrismaPg({
    connectionString: env.DATABASE_URL,
    max: env.DB_POOL_MAX,
    // pg waits forever for a connection by default; a page should fail fast instead.
    connectionTimeoutMillis: env.DB_CONNECTION_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: env.DB_STATEMENT_TIMEOUT_MS,
  });
  return new PrismaClient({
    adapter,
    // Password hashes never leave lib/auth unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process; development's hot reload would otherwise open a new pool per edit.
const globalForDb = globalThis as unknown as { footnoteDb?: Db };

export function db(): Db {
  globalForDb.footnoteDb ??= createClient();
  return globalForDb.footnoteDb;
}
