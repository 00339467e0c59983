import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import webpush from "web-push";

export type VapidKeys = { publicKey: string; privateKey: string };

/**
 * Reads the Web Push key pair generated on first run, or makes one, like the session secret: it
 * never leaves DATA_DIR (git-ignored). Changing it retires every device's subscription.
 */
export async function loadOrCreateVapidKeys(dataDir: string): Promise<VapidKeys> {
  const file = path.join(dataDir, "vapid-keys.json");
  if (existsSync(file)) {
    const { publicKey, privateKey } = JSON.parse(await readFile(file, "utf8")) as Partial<VapidKeys>;
    if (typeof publicKey !== "string" || typeof privateKey !== "string") throw new Error(`${file} is damaged: delete it to make a new key pair (devices then turn notifications on again).`);
    return { publicKey, privateKey };
  }
  await mkdir(dataDir, { recursive: true });
  const keys = webpush.generateVAPIDKeys();
  await writeFile(file, JSON.stringify(keys) + "\n", { mode: 0o600, flag: "wx" });
  return keys;
}
