import { deleteDB } from "idb";

/** The IndexedDB database of checks saved without a connection, waiting to send. */
export const QUEUE_DATABASE = "footnote-check-queue";

/** Deletes every queued check on this device (signing out). */
export async function clearQueue(): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  await deleteDB(QUEUE_DATABASE);
}
