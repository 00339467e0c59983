/**
 * What an expired, revoked or unknown link shows: the same for all three, so it reveals nothing.
 * `reason` says what kind of link it was (an invitation explains its own limits).
 */
export function LinkNoLongerValid({ reason }: { reason?: string }) {
  return (
    <main id="main" className="mx-auto flex w-full max-w-xl flex-col gap-4 px-4 py-10">
      <h1 className="text-3xl font-bold">This link is no longer valid</h1>
      <p className="text-lg">{reason ?? "It may have expired or been withdrawn by the person who shared it. Please ask them for a new link."}</p>
    </main>
  );
}
