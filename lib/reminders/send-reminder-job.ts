import { z } from "zod";
import { env } from "../env";
import { defineJob } from "../jobs/define-job";
import { sendDelivery } from "./send-delivery";

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
  handler: async ({ deliveryId }, run) => {
    await sendDelivery(deliveryId, { finalAttempt: run.retryCount >= run.retryLimit });
  },
});
