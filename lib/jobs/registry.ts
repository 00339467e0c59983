import { dispatchRemindersJob } from "./definitions/dispatch-reminders";
import { sendReminderJob } from "./definitions/send-reminder";

/** Every job the worker runs. */
export const JOBS = [dispatchRemindersJob, sendReminderJob];
