import { z } from "zod";
import { env } from "../env";
import { defineJob, type JobContext } from "../jobs/define-job";

export type DeliverySendRequest = { deliveryId: string; finalAttempt: boolean };

/**
 * A send job for one channel's Delivery rows, with the reminders' retries and time-out. A fetched
 * batch is sent together (a few queries for the whole batch instead of a few per message); `send`
 * returns the delivery ids to try again.
 */
export function defineDeliverySendJob(name: string, send: (requests: DeliverySendRequest[], context: JobContext) => Promise<string[]>) {
  return defineJob({
    name,
    schema: z.object({ deliveryId: z.string().min(1).max(64) }),
    sendOptions: () => {
      const settings = env();
      return {
        retryLimit: settings.REMINDER_SEND_ATTEMPTS - 1,
        retryDelay: settings.REMINDER_RETRY_DELAY_SECONDS,
        retryBackoff: true,
        expireInSeconds: settings.REMINDER_SEND_TIMEOUT_SECONDS,
      };
    },
    handleBatch: async (jobs, context) => {
      const retry = new Set(await send(jobs.map(({ payload, run }) => ({ deliveryId: payload.deliveryId, finalAttempt: run.retryCount >= run.retryLimit })), context));
      return jobs.filter(({ payload }) => retry.has(payload.deliveryId)).map(({ run }) => run.id);
    },
  });
}
