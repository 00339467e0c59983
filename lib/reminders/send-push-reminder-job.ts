import { z } from "zod";
import { env } from "../env";
import { defineJob } from "../jobs/define-job";
import { sendPushDeliveries } from "./send-push-delivery";

// Beside the email send job, with the same retries and time-out: a notification the push service
// could not take (not a device that has gone) is tried again, then goes by email.
export const sendPushReminderJob = defineJob({
  name: "send-push-reminder",
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
    const retry = new Set(await sendPushDeliveries(jobs.map(({ payload, run }) => ({ deliveryId: payload.deliveryId, finalAttempt: run.retryCount >= run.retryLimit })), context));
    return jobs.filter(({ payload }) => retry.has(payload.deliveryId)).map(({ run }) => run.id);
  },
});
