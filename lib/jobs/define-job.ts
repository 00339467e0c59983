import type PgBoss from "pg-boss";
import type { Pool } from "pg";
import type { z } from "zod";

// Each job is a name, a zod schema for its payload and a handler (after Documenso's job
// definitions); lib/worker/registry.ts lists them all. See docs/decisions/0018.

export type JobContext = {
  boss: PgBoss;
  /** A plain pg pool for work that must share one transaction with pg-boss (the dispatcher). */
  pool: Pool;
};

export type JobRun = { id: string; retryCount: number; retryLimit: number };

/** One job of a fetched batch. */
export type BatchedJob<P> = { payload: P; run: JobRun };

type JobBasics<S extends z.ZodType> = {
  name: string;
  schema: S;
  /** Runs it every minute (or as given) from one pg-boss schedule, whatever the number of workers. */
  cron?: string;
  /** Also runs once when a worker starts (to catch up after downtime without waiting for the schedule). */
  runAtStart?: boolean;
  /** Retry and time-out options for each job sent; read when sending, so settings apply. */
  sendOptions?: () => Omit<PgBoss.JobInsert, "name" | "data">;
};

/**
 * A job runs one payload at a time (`handler`), or a whole fetched batch at once (`handleBatch`,
 * for work that is cheaper as one query for many jobs); the latter returns the ids of the jobs
 * that failed, which are retried, while the rest are completed.
 */
export type JobDefinition<S extends z.ZodType = z.ZodType> = JobBasics<S> &
  (
    | { handler(payload: z.output<S>, run: JobRun, context: JobContext): Promise<void>; handleBatch?: never }
    | { handleBatch(jobs: BatchedJob<z.output<S>>[], context: JobContext): Promise<string[]>; handler?: never }
  );

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
