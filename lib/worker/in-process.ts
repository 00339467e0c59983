import { serverEnv } from "../env";
import { startWorker } from "./start-worker";

/** Called by instrumentation.ts: the web process runs the jobs unless RUN_JOBS=false. */
export async function startInProcessJobs(): Promise<void> {
  if (!serverEnv().RUN_JOBS) return;
  const worker = await startWorker();
  process.once("SIGTERM", () => void worker.stop());
}
