import { z } from "zod";
import { defineJob } from "../jobs/define-job";
import { logger } from "../logger";
import { dispatchDueReminders } from "./dispatch";

// One global schedule, not one per user: every minute, claim the rules whose next occurrence has
// come. Several workers may run it at once; FOR UPDATE SKIP LOCKED keeps them apart. It also runs
// when a worker starts, to catch up after a restart instead of waiting for the next minute.
export const dispatchRemindersJob = defineJob({
  name: "dispatch-reminders",
  schema: z.object({}).loose(),
  cron: "* * * * *",
  runAtStart: true,
  handler: async (_payload, _run, context) => {
    const summary = await dispatchDueReminders(context);
    if (summary.rules) logger.info(summary, "reminders dispatched");
  },
});
