import { startJobWorker, type JobWorker, type JobWorkerOptions } from "../jobs/worker";
import { JOBS } from "./registry";

/** A worker running every registered job: inside the web process, in `npm run worker`, and in tests. */
export function startWorker(options?: JobWorkerOptions): Promise<JobWorker> {
  return startJobWorker(JOBS, options);
}
