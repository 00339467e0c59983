import { randomUUID } from "node:crypto";

/**
 * Where photo files live. One interface, two drivers: local disk (the default, see
 * local-disk-storage.ts) and any S3-compatible service (s3-storage.ts); `photoStorage()` in
 * photo-storage.ts picks one from the settings. Files are only ever served through the route that
 * checks who is asking (app/api/photos/[id]); neither driver makes anything public.
 */
export interface PhotoStorage {
  /** Stores `bytes` under `key`, replacing what was there; readers never see a half-written file. */
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when there is nothing under `key`. */
  get(key: string): Promise<Buffer | null>;
  /** Deletes every key given; keys that do not exist are not an error. */
  delete(keys: readonly string[]): Promise<void>;
  /** Every stored key (starting with `prefix`, when given), in no particular order. */
  list(prefix?: string): Promise<string[]>;
}

// Lower-case letters and digits in segments joined by "/" or "-", with one optional extension:
// no "..", no leading "/", no empty segment, nothing a path or a URL could be steered with.
const KEY_PATTERN = /^[a-z0-9]+(?:[/-][a-z0-9]+)*(?:\.[a-z0-9]+)?$/;
const MAX_KEY_LENGTH = 200;

export function isValidStorageKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key);
}

export function assertValidStorageKey(key: string): void {
  if (!isValidStorageKey(key)) throw new Error(`Invalid photo storage key: ${JSON.stringify(key.slice(0, 80))}`);
}

/**
 * A new key for one stored file: 122 random bits, never derived from anything a person sent (file
 * name, user id, date), so keys reveal nothing and cannot be guessed. The first two characters
 * make a folder, which keeps any one directory of the local driver small.
 */
export function newStorageKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id}.jpg`;
}
