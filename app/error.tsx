"use client";

import { Button, ButtonLink } from "./_components/button";

// Shown instead of any server or rendering error: no stack trace, a way on, and a reference that
// matches the server's log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="text-lg">Sorry — this page could not be shown. Nothing you entered before this page was lost. Please try again.</p>
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={reset}>
          Try again
        </Button>
        <ButtonLink href="/" variant="secondary">
          Go to the start page
        </ButtonLink>
      </div>
      {error.digest ? <p className="text-base text-slate-600">Reference: {error.digest}</p> : null}
    </main>
  );
}
