import { purgeActivityJob } from "../journals/purge-activity-job";
import { dispatchRemindersJob } from "../reminders/dispatch-reminders-job";
import { sendPushReminderJob } from "../reminders/send-push-reminder-job";
import { sendReminderJob } from "../reminders/send-reminder-job";

/** Every job a worker runs; the one place that knows them all. */
export const JOBS = [dispatchRemindersJob, sendReminderJob, sendPushReminderJob, purgeActivityJob];
