import { z } from "zod";
import { logger } from "../../logger";
import { dispatchDueReminders } from "../../reminders/dispatch";
import { defineJob } from "../define-job";

// One global schedule, not one per user: every minute, claim the rules whose next occurrence has
// come. Several workers may run it at once; FOR UPDATE SKIP LOCKED keeps them apart.
export const dispatchRemindersJob = defineJob({
  name: "dispatch-reminders",
  schema: z.object({}).loose(),
  cron: "* * * * *",
  handler: async (_payload, _run, context) => {
    const summary = await dispatchDueReminders(context);
    if (summary.rules) logger.info(summary, "reminders dispatched");
  },
});
