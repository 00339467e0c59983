import { z } from "zod";
import { defineJob } from "../jobs/define-job";
import { logger } from "../logger";
import { purgeOldActivity } from "./activity";

// Activity lines are kept ACTIVITY_RETENTION_DAYS (docs/decisions/0061); once a day the older ones go.
export const purgeActivityJob = defineJob({
  name: "purge-journal-activity",
  schema: z.object({}).loose(),
  cron: "17 3 * * *",
  handler: async () => {
    const purged = await purgeOldActivity();
    if (purged) logger.info({ purged }, "old activity lines purged");
  },
});
