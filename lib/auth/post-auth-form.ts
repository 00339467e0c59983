// Browser side of password and magic-link sign-in. next-auth's signIn() hides the HTTP status, and
// with it the 429 and Retry-After of the rate limit; this posts the same form and keeps both.

export type AuthFormResult =
  | { ok: true; url: string }
  | { ok: false; error: string; message?: string };

export async function postAuthForm(
  endpoint: "callback/credentials" | "callback/sign-up" | "callback/passkey" | "callback/second-step" | "signin/email",
  fields: Record<string, string>,
): Promise<AuthFormResult> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch(`/api/auth/${endpoint}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ ...fields, csrfToken, json: "true" }),
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string; error?: string };
  // lib/routes.ts answers a used-up limit with 429 and the sentence to show in `error`.
  if (response.status === 429) return { ok: false, error: "TooManyAttempts", message: body.error };
  if (!body.url) return { ok: false, error: "Unavailable" };
  const error = new URL(body.url, window.location.origin).searchParams.get("error");
  return error ? { ok: false, error } : { ok: true, url: body.url };
}
