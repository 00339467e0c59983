import { z } from "zod";
import { env } from "../env";
import { defineJob } from "../jobs/define-job";
import { sendDeliveries } from "./send-delivery";

// A fetched batch is sent together: a few queries for the whole batch instead of a few per email.
export const sendReminderJob = defineJob({
  name: "send-reminder",
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
  handleBatch: async (jobs) => {
    const retry = new Set(await sendDeliveries(jobs.map(({ payload, run }) => ({ deliveryId: payload.deliveryId, finalAttempt: run.retryCount >= run.retryLimit }))));
    return jobs.filter(({ payload }) => retry.has(payload.deliveryId)).map(({ run }) => run.id);
  },
});
