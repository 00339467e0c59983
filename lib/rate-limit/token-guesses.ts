import { headers } from "next/headers";
import { AppError } from "../app-error";
import { clientAddress } from "../http/client-address";
import { assertWithinLimit, countMiss, tooManyAttemptsMessage } from "./limits";

// Pages opened by a secret in the URL (share links, reminder email links, invitations). A page
// cannot set its own HTTP status, so proxy.ts stops an address that has tried too many unknown
// tokens with a 429 before the page looks anything up; the pages count each unknown token. Their
// server actions check again (an action answers with its own message), and route handlers get the
// same through lib/routes.ts (`tokenGuesses`).

const TOKEN_PAGES = [/^\/share\/[^/]+$/, /^\/r\/(?:pause|snooze)$/, /^\/invitations\/[^/]+$/];

export function isTokenPage(pathname: string): boolean {
  return TOKEN_PAGES.some((pattern) => pattern.test(pathname));
}

/** The 429 a person sees when their address used up its guesses; otherwise null. */
export async function tokenPageRefusal(requestHeaders: Headers): Promise<Response | null> {
  try {
    await assertWithinLimit("token-guess:ip", clientAddress(requestHeaders));
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.status !== 429) throw error;
    return new Response(tooManyAttemptsPage(error.retryAfterSeconds ?? 60), {
      status: 429,
      headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(error.retryAfterSeconds ?? 60), "Cache-Control": "no-store", "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff" },
    });
  }
}

function tooManyAttemptsPage(retryAfterSeconds: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Too many attempts · Footnote</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;color:#1c1917;max-width:36rem;margin:0 auto;padding:2.5rem 1rem}h1{font-size:1.875rem}a{color:#094a8a;font-weight:600}a:focus-visible{outline:3px solid #094a8a;outline-offset:3px}</style>
</head>
<body>
<main>
<h1>Too many attempts</h1>
<p>${tooManyAttemptsMessage(retryAfterSeconds)}</p>
<p>Check that the link was copied in full. If it still does not open after that, ask whoever sent it for a new one.</p>
<p><a href="/">Go to Footnote</a></p>
</main>
</body>
</html>
`;
}

/** In a token page's server action: the 429 AppError when this address used up its guesses. */
export async function assertTokenGuessesLeft(): Promise<void> {
  await assertWithinLimit("token-guess:ip", clientAddress(await headers()));
}

export async function countTokenMiss(): Promise<void> {
  await countMiss("token-guess:ip", clientAddress(await headers()));
}
