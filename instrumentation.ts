import type { Instrumentation } from "next";

// Validates the configuration as the server starts, so a bad value stops it with the variable's
// name instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { serverEnv } = await import("./lib/env");
  serverEnv();
  // Jobs (reminders) run inside the web process unless RUN_JOBS=false (then `npm run worker`).
  const { startInProcessJobs } = await import("./lib/worker/in-process");
  await startInProcessJobs();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logger } = await import("./lib/logger");
  const { loggablePath } = await import("./lib/http/loggable-path");
  const requestId = request.headers["x-request-id"];
  logger.error(
    {
      err: error,
      requestId: Array.isArray(requestId) ? requestId[0] : requestId,
      digest: (error as { digest?: string }).digest,
      method: request.method,
      // No query string, no share or calendar token: a log line is not a working link.
      path: loggablePath(request.path),
      route: context.routePath,
    },
    "request failed",
  );
};
