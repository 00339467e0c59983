import { EnvError } from "../lib/env";
import type { JobWorker } from "../lib/jobs/worker";
import { startWorker } from "../lib/worker/start-worker";

// `npm run worker`: a standalone job worker (reminders) against DATABASE_URL — the scale-out path.
// Run as many as needed; they coordinate through PostgreSQL. Start web processes with
// RUN_JOBS=false to keep jobs out of them.

let worker: JobWorker | undefined;
let stopping = false;

async function stop() {
  if (stopping) return;
  stopping = true;
  await worker?.stop().catch((error: unknown) => console.error(`Stopping the worker failed: ${String(error)}`));
  process.exit(0);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop());

startWorker()
  .then((started) => {
    worker = started;
    console.log("Worker running. Stop with Ctrl-C.");
  })
  .catch((error: unknown) => {
    console.error(error instanceof EnvError ? error.message : `Worker start-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
