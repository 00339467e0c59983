import { z } from "zod";
import { makeEntrySchema } from "./schemas";

/** A check saved on the device while offline, as it is sent later: its device-made id and the form's values. */
export function makeQueuedEntrySchema(options: { timeZone: string }) {
  return z.object({
    clientId: z.uuid("The check's device id is not valid"),
    values: makeEntrySchema(options),
  });
}

/** A queued check is a form's values (no files: its photos are uploaded first): well under this. */
export const MAX_QUEUED_ENTRY_BYTES = 256 * 1024;
