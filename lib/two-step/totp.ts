import { Secret, TOTP } from "otpauth";

// Time-based codes as every authenticator app makes them (RFC 6238: SHA-1, 6 digits, 30 seconds).
// A code is accepted from the step before or after the current one, for phones whose clocks drift
// and people who type slowly.

export const TOTP_PERIOD_SECONDS = 30;
const WINDOW = 1;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, label = "Footnote") {
  return new TOTP({ issuer: "Footnote", label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** The otpauth:// address the QR code carries. */
export function provisioningUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The time step the code belongs to, or null when it matches none near `now`. */
export function matchingStep(secret: string, code: string, now = Date.now()): number | null {
  const delta = totp(secret).validate({ token: code, timestamp: now, window: WINDOW });
  return delta === null ? null : Math.floor(now / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/** A code for a time (tests, and nothing else, make codes). */
export function codeAt(secret: string, timestamp: number): string {
  return totp(secret).generate({ timestamp });
}

/** "JBSW Y3DP …": the secret in groups of four, for typing into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}
