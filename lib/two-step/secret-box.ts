import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { serverEnv } from "../env";

// Authenticator-app secrets are stored encrypted (AES-256-GCM) under a key derived from
// NEXTAUTH_SECRET with HKDF, so a copy of the database alone cannot make codes. The prefix names
// the key, for a later rotation. See docs/decisions/0069.

const VERSION = "v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", serverEnv().NEXTAUTH_SECRET, "footnote", "two-step authenticator secret", 32));
}

export function seal(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url")}`;
}

/** The secret, or null when it was sealed under another key (NEXTAUTH_SECRET changed) or altered. */
export function unseal(sealed: string): string | null {
  const [version, payload] = sealed.split(".");
  if (version !== VERSION || !payload) return null;
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length < 12 + 16) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
