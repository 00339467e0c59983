import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "No connection" };

// Kept by the service worker and shown for a page that was never opened on this device while the
// connection is down. With no connection a link's page data cannot load, so Next.js opens the
// whole page instead, which the service worker answers from what it kept.
export default function OfflinePage() {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">No connection</h1>
      <p className="text-lg">
        This page has not been opened on this device yet, so it cannot be shown without a connection. You can still record a foot check: it is kept on this
        device and sent when you are back online.
      </p>
      <ul className="flex flex-col gap-2 text-lg">
        <li>
          <Link prefetch={false} href="/journal/new" className="font-semibold text-brand-700 underline">
            Record a foot check
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/today" className="font-semibold text-brand-700 underline">
            Today
          </Link>
        </li>
        <li>
          <Link prefetch={false} href="/journal" className="font-semibold text-brand-700 underline">
            Your journal, as last seen
          </Link>
        </li>
      </ul>
    </main>
  );
}
