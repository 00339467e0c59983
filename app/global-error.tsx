"use client";

import "./globals.css";
import { buttonClass } from "./_components/button";

// This replaces the root layout, so the language's messages are not there: it stays in English,
// plainly (docs/decisions/0090).

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
          <h1 className="text-3xl font-bold">Something went wrong</h1>
          <p className="text-lg">Sorry — Footnote could not load. Please try again in a moment.</p>
          <button type="button" onClick={reset} className={buttonClass("primary", "self-start")}>
            Try again
          </button>
          {error.digest ? <p className="text-base text-slate-600">Reference: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
