/**
 * Signs out in this browser: forgets what the device kept of the account (forgetThisDevice: kept
 * pages, queued checks, notifications), then next-auth's own sign-out, which ends at
 * `callbackUrl`. Both are imported when a person signs out rather than with every signed-in page:
 * next-auth's client and the device's stores are 34 kB of script that nothing else on a page needs.
 *
 * Nothing is forgotten unless Footnote answers first: without a connection the person stays signed
 * in, so their checks waiting to be sent, kept pages and notifications must stay too. It rejects
 * then, for the caller to say so. `sessionEnded`: the server has ended the session already (signed
 * out everywhere, account deleted), so the device is forgotten whatever the connection.
 */
export async function signOutOfThisDevice(callbackUrl: string, { sessionEnded = false } = {}): Promise<void> {
  const forget = async () => (await import("./forget-device")).forgetThisDevice();
  if (sessionEnded) await forget().catch(() => undefined);
  const { getCsrfToken, signOut } = await import("next-auth/react");
  if (!sessionEnded) {
    // next-auth's own request, which it makes again to sign out; null when it got no answer.
    if (!(await getCsrfToken())) throw new Error("Footnote could not be reached");
    await forget().catch(() => undefined);
  }
  await signOut({ callbackUrl });
}
