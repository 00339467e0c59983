import PgBoss from "pg-boss";
import { env, serverEnv } from "../env";
import { logger } from "../logger";
import type { BatchedJob, JobContext, JobDefinition } from "./define-job";
import { createJobPool } from "../db/job-pool";

// The job worker: the same code inside the web process (default) and in `npm run worker`
// processes (the scale-out path). Nothing here is shared between processes but the database.
// Which jobs exist is not known here: lib/worker/registry.ts passes them in.

export type JobWorker = JobContext & { stop(): Promise<void> };
export type JobWorkerOptions = {
  /** Tests turn off the schedule and the start-up runs to drive the jobs with their own clock. */
  schedule?: boolean;
  runAtStart?: boolean;
};

export async function startJobWorker(jobs: readonly JobDefinition[], options: JobWorkerOptions = {}): Promise<JobWorker> {
  const { schedule = true, runAtStart = true } = options;
  const settings = serverEnv();
  const pool = createJobPool();
  const boss = await startQueue(jobs, schedule);
  const context: JobContext = { boss, pool };

  for (const definition of jobs) {
    for (let loop = 0; loop < (definition.cron ? 1 : settings.REMINDER_SEND_WORKERS); loop++) await work(boss, definition, context);
  }
  if (runAtStart) {
    for (const definition of jobs.filter((job) => job.runAtStart)) {
      await runOnce(definition, { payload: definition.schema.parse({}), run: { id: "start-up", retryCount: 0, retryLimit: 0 } }, context)
        .catch((error: unknown) => logger.error({ err: error, queue: definition.name }, "start-up run failed"));
    }
  }

  logger.info({ jobs: jobs.map((definition) => definition.name) }, "job worker started");
  return {
    ...context,
    async stop() {
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      await pool.end();
    },
  };
}

// Workers started together on a fresh database race to create pg-boss's schema and queues; the
// loser sees a deadlock or a duplicate and simply tries again.
const STARTUP_RACE_CODES = new Set(["40P01", "23505", "42P07", "42710"]);
const STARTUP_ATTEMPTS = 5;

async function startQueue(jobs: readonly JobDefinition[], schedule: boolean): Promise<PgBoss> {
  const settings = serverEnv();
  for (let attempt = 1; ; attempt++) {
    const boss = new PgBoss({
      connectionString: settings.DATABASE_URL,
      max: 4,
      application_name: "footnote-jobs",
      maintenanceIntervalSeconds: settings.JOB_MAINTENANCE_INTERVAL_SECONDS,
      schedule,
    });
    boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
    try {
      await boss.start();
      for (const definition of jobs) {
        await boss.createQueue(definition.name);
        if (definition.cron && schedule) await boss.schedule(definition.name, definition.cron, {}, { singletonKey: definition.name });
      }
      return boss;
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => {});
      const code = (error as { code?: string }).code;
      if (!code || !STARTUP_RACE_CODES.has(code) || attempt >= STARTUP_ATTEMPTS) throw error;
      logger.warn({ code, attempt }, "job queue start-up raced another worker; trying again");
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt + Math.random() * 200));
    }
  }
}

async function work(boss: PgBoss, definition: JobDefinition, context: JobContext) {
  const { REMINDER_SEND_BATCH_SIZE, JOB_POLLING_INTERVAL_SECONDS } = env();
  await boss.work(
    definition.name,
    { batchSize: REMINDER_SEND_BATCH_SIZE, includeMetadata: true, pollingIntervalSeconds: JOB_POLLING_INTERVAL_SECONDS },
    async (batch) => {
      // A payload that does not parse fails on its own; the rest of the batch still runs.
      const failed: string[] = [];
      const jobs: BatchedJob<unknown>[] = [];
      for (const job of batch) {
        const parsed = definition.schema.safeParse(job.data);
        if (parsed.success) jobs.push({ payload: parsed.data, run: { id: job.id, retryCount: job.retryCount, retryLimit: job.retryLimit } });
        else failed.push(job.id);
      }
      failed.push(...(definition.handleBatch ? await definition.handleBatch(jobs, context) : await runEach(definition, jobs, context)));
      // pg-boss completes the rest of the batch.
      if (failed.length) await boss.fail(definition.name, failed);
    },
  );
}

/** Runs each job of a batch on its own; returns the ids of those that failed. */
async function runEach(definition: JobDefinition, jobs: BatchedJob<unknown>[], context: JobContext): Promise<string[]> {
  const failed: string[] = [];
  await Promise.all(
    jobs.map(async (job) => {
      try {
        await runOnce(definition, job, context);
      } catch (error) {
        failed.push(job.run.id);
        logger.warn({ err: error, job: job.run.id, queue: definition.name, retry: job.run.retryCount }, "job failed");
      }
    }),
  );
  return failed;
}

async function runOnce(definition: JobDefinition, job: BatchedJob<unknown>, context: JobContext): Promise<void> {
  if (definition.handler) return definition.handler(job.payload, job.run, context);
  const failed = await definition.handleBatch([job], context);
  if (failed.length) throw new Error(`job ${job.run.id} of ${definition.name} failed`);
}
