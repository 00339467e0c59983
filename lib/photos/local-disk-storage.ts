import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { assertValidStorageKey, isValidStorageKey, type PhotoStorage } from "./storage";

/**
 * Photos as files under one folder (`${DATA_DIR}/photos` in the app). A file is written to a
 * temporary name beside its target and renamed into place, so a crash or a concurrent reader never
 * sees half a photo. Keys are checked against a strict pattern and the resolved path must stay
 * inside the folder, so no key can reach a file elsewhere.
 */
export class LocalDiskStorage implements PhotoStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    // Two dots in the name: never a valid key, so list() skips a temporary file left by a crash.
    const temporary = `${target}.${randomUUID()}.tmp`;
    try {
      const file = await open(temporary, "wx", 0o600);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(keys: readonly string[]): Promise<void> {
    const paths = keys.map((key) => this.pathOf(key));
    await Promise.all(paths.map((file) => rm(file, { force: true })));
  }

  async list(prefix = ""): Promise<string[]> {
    const keys: string[] = [];
    const walk = async (folder: string, keyPrefix: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch (error) {
        if (isMissing(error)) return;
        throw error;
      }
      for (const entry of entries) {
        const key = keyPrefix + entry.name;
        if (entry.isDirectory()) await walk(path.join(folder, entry.name), `${key}/`);
        else if (entry.isFile() && isValidStorageKey(key) && key.startsWith(prefix)) keys.push(key);
      }
    };
    await walk(this.root, "");
    return keys;
  }

  private pathOf(key: string): string {
    assertValidStorageKey(key);
    const resolved = path.resolve(this.root, ...key.split("/"));
    if (!resolved.startsWith(this.root + path.sep)) throw new Error("Photo storage key escapes the storage folder");
    return resolved;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");
}
