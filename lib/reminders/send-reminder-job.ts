import { defineDeliverySendJob } from "./delivery-send-job";
import { sendDeliveries } from "./send-delivery";

export const sendReminderJob = defineDeliverySendJob("send-reminder", (requests) => sendDeliveries(requests));
