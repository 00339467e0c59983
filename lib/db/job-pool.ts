import pg from "pg";
import { serverEnv } from "../env";

/** A plain pg pool for the job worker: pg-boss's jobs and the dispatcher's claims share its connections. */
export function createJobPool(): pg.Pool {
  const settings = serverEnv();
  return new pg.Pool({
    connectionString: settings.DATABASE_URL,
    max: settings.DB_POOL_MAX,
    connectionTimeoutMillis: settings.DB_CONNECTION_TIMEOUT_MS,
    idleTimeoutMillis: 30_000,
    statement_timeout: settings.DB_STATEMENT_TIMEOUT_MS,
  });
}
