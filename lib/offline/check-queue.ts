import { deleteDB, openDB, type DBSchema } from "idb";
import type { Foot, FootRegion } from "../generated/prisma/enums";
import type { EntryFormValues } from "../journal/schemas";
import { JOURNAL_HEADER } from "../journals/journal-header";

// Checks saved without a connection wait here, in IndexedDB, with their photos as files, until they
// can be sent: by the page when it is open and online, or by the service worker's Background Sync.
// Each carries an id made on the device, so however often one is sent it is stored once (the
// server's POST /api/entries answers the stored entry for an id it has seen). See docs/decisions/0076.

export const QUEUE_DATABASE = "footnote-check-queue";
export const SYNC_TAG = "footnote-send-checks";
/** Sent on `window` whenever the queue changes, so every list of it on the page updates. */
export const QUEUE_CHANGED_EVENT = "footnote-queue-changed";

export type QueuedPhoto = { key: string; file: Blob; name: string; foot?: Foot | "" | null; region?: FootRegion | "" | null; caption?: string; uploadedId?: string };

export type QueuedCheck = {
  clientId: string;
  userId: string;
  /** The journal it was written in (its owner's id) and whose it is: it is sent there, whatever is open then. */
  journalId: string;
  journalName: string;
  savedAt: number;
  /** The form's values; photos already uploaded are in them, the device's own in `photos`. */
  values: EntryFormValues;
  photos: QueuedPhoto[];
  /** waiting: sent when possible; sign-in: the session ended; refused: the server said why. */
  state: "waiting" | "sign-in" | "refused";
  problem?: string;
};

interface QueueSchema extends DBSchema {
  checks: { key: string; value: QueuedCheck; indexes: { byUser: string } };
}

function openQueue() {
  return openDB<QueueSchema>(QUEUE_DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore("checks", { keyPath: "clientId" }).createIndex("byUser", "userId");
    },
  });
}

function changed() {
  if (typeof window !== "undefined") window.dispatchEvent(new Event(QUEUE_CHANGED_EVENT));
}

export async function queueCheck(check: Omit<QueuedCheck, "state" | "savedAt">): Promise<void> {
  const database = await openQueue();
  await database.put("checks", { ...check, state: "waiting", savedAt: Date.now() });
  database.close();
  changed();
  // Background Sync sends it when the connection returns, even with the app closed (Chromium).
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  await (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync?.register(SYNC_TAG).catch(() => undefined);
}

/** This person's waiting checks, oldest first; another account's never show. */
export async function queuedChecks(userId: string): Promise<QueuedCheck[]> {
  if (typeof indexedDB === "undefined") return [];
  const database = await openQueue();
  const checks = await database.getAllFromIndex("checks", "byUser", userId);
  database.close();
  return checks.sort((a, b) => a.savedAt - b.savedAt);
}

async function save(check: QueuedCheck) {
  const database = await openQueue();
  await database.put("checks", check);
  database.close();
}

async function remove(clientId: string) {
  const database = await openQueue();
  await database.delete("checks", clientId);
  database.close();
}

/** Deletes one check the server refused, when the person chooses to (it is never sent). */
export async function discardQueuedCheck(clientId: string): Promise<void> {
  await remove(clientId);
  changed();
}

/** Deletes every queued check on this device (signing out). */
export async function clearQueue(): Promise<void> {
  if (typeof indexedDB === "undefined") return;
  await deleteDB(QUEUE_DATABASE);
  changed();
}

export type SendResult = { sent: { clientId: string; entryId: string }[]; signInNeeded: boolean };

class StopSending extends Error {}

async function errorOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  return typeof body?.error === "string" ? body.error : "The check could not be saved.";
}

/**
 * Sends this person's waiting checks, one at a time: each photo through the photo route first
 * (remembered once uploaded, so a retry does not send it again), then the entry. Stops at the first
 * network failure (the rest wait for the next try) or ended session (every check is kept and marked
 * to sign in). One sender at a time on the device (Web Locks), page or service worker.
 */
export async function sendQueuedChecks(userId: string): Promise<SendResult> {
  const result: SendResult = { sent: [], signInNeeded: false };
  const run = async () => {
    for (const check of await queuedChecks(userId)) {
      if (check.state === "refused") continue;
      try {
        result.sent.push({ clientId: check.clientId, entryId: await sendOne(check) });
        await remove(check.clientId);
      } catch (error) {
        if (!(error instanceof StopSending)) break;
        if (error.message === "sign-in") {
          result.signInNeeded = true;
          for (const waiting of await queuedChecks(userId)) await save({ ...waiting, state: "sign-in" });
          break;
        }
        await save({ ...check, state: "refused", problem: error.message });
      }
    }
  };
  if (typeof navigator !== "undefined" && navigator.locks) await navigator.locks.request(SYNC_TAG, run);
  else await run();
  changed();
  return result;
}

async function sendOne(check: QueuedCheck): Promise<string> {
  for (const photo of check.photos) {
    if (photo.uploadedId) continue;
    const form = new FormData();
    form.set("file", photo.file, photo.name);
    if (photo.foot) form.set("foot", photo.foot);
    if (photo.region) form.set("region", photo.region);
    if (photo.caption) form.set("caption", photo.caption);
    const response = await fetch("/api/photos", { method: "POST", body: form, credentials: "same-origin", headers: { [JOURNAL_HEADER]: check.journalId } });
    if (response.status === 401) throw new StopSending("sign-in");
    if (response.status === 404) throw new StopSending(`You can no longer record in ${check.journalName}’s journal.`);
    if (response.status !== 201) throw new StopSending(await errorOf(response));
    photo.uploadedId = ((await response.json()) as { id: string }).id;
    await save(check);
  }
  const photos = [
    ...(check.values.photos ?? []),
    ...check.photos.map((photo) => ({ id: photo.uploadedId!, foot: photo.foot || undefined, region: photo.region || undefined, caption: photo.caption ?? "" })),
  ];
  const response = await fetch("/api/entries", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", [JOURNAL_HEADER]: check.journalId },
    body: JSON.stringify({ clientId: check.clientId, values: { ...check.values, photos } }),
  });
  if (response.status === 401) throw new StopSending("sign-in");
  if (response.status === 404) throw new StopSending(`You can no longer record in ${check.journalName}’s journal.`);
  if (response.status !== 200 && response.status !== 201) throw new StopSending(await errorOf(response));
  return ((await response.json()) as { id: string }).id;
}
