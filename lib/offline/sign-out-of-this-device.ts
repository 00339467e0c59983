/**
 * Signs out in this browser: first forgets what the device kept of the account (forgetThisDevice:
 * kept pages, queued checks, notifications), then next-auth's own sign-out, which ends at
 * `callbackUrl`. Both are imported when a person signs out rather than with every signed-in page:
 * next-auth's client and the device's stores are 34 kB of script that nothing else on a page needs.
 * Rejects when sign-out could not be done (no connection), so the caller can say so.
 */
export async function signOutOfThisDevice(callbackUrl: string): Promise<void> {
  const [{ forgetThisDevice }, { signOut }] = await Promise.all([import("./forget-device"), import("next-auth/react")]);
  await forgetThisDevice().catch(() => undefined);
  await signOut({ callbackUrl });
}
