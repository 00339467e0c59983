import { revalidatePath } from "next/cache";
import { AppError, parseOrThrow } from "@/lib/app-error";
import { messageKey } from "@/lib/i18n/message-key";
import { createQueuedEntry } from "@/lib/journal/create-queued-entry";
import { makeQueuedEntrySchema, MAX_QUEUED_ENTRY_BYTES } from "@/lib/journal/queued-entry-schema";
import { journalRoute } from "@/lib/routes";

/**
 * Stores a check that waited on the device (JSON: `clientId`, `values` as the entry form holds
 * them, its photos already uploaded). 201 with the new entry's id; 200 with the same id when that
 * check was stored before. It goes to the journal it was written in, which the device names in
 * JOURNAL_HEADER (checked against the person's memberships), not the one open when it is sent.
 */
export const POST = journalRoute("record", async ({ access, journal }, request) => {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_QUEUED_ENTRY_BYTES) throw new AppError(messageKey("checkTooLarge"), { status: 413 });
  const text = await request.text();
  if (text.length > MAX_QUEUED_ENTRY_BYTES) throw new AppError(messageKey("checkTooLarge"), { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError(messageKey("checkUnreadable"), { status: 400 });
  }
  const { clientId, values } = parseOrThrow(makeQueuedEntrySchema({ timeZone: journal.timeZone }), body);
  const entry = await createQueuedEntry(access, journal.timeZone, values, clientId);
  if (entry.created) revalidatePath("/journal");
  return Response.json(entry, { status: entry.created ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
