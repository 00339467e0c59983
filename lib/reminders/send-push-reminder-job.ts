import { defineDeliverySendJob } from "./delivery-send-job";
import { sendPushDeliveries } from "./send-push-delivery";

// A notification the push service could not take (not a device that has gone) is tried again, then goes by email.
export const sendPushReminderJob = defineDeliverySendJob("send-push-reminder", (requests, context) => sendPushDeliveries(requests, context));
