import { pauseFromEmailLink } from "@/lib/reminders/email-actions";

export const runtime = "nodejs";

// RFC 8058 one-click unsubscribe: the mail provider POSTs "List-Unsubscribe=One-Click" to the URL
// in the List-Unsubscribe header, with no cookies and no Origin; the signed token is the key. The
// confirmation page's own form posts here too. A GET (a person, or a link scanner) only shows the
// confirmation page, so prefetching an email does not pause anything.

export async function POST(request: Request) {
  const url = new URL(request.url);
  const token = url.searchParams.get("token") ?? "";
  const result = await pauseFromEmailLink(token);
  const form = await request.formData().catch(() => null);
  if (form?.get("List-Unsubscribe") === "One-Click") {
    return new Response(result.ok ? "Paused." : "This link has expired.", { status: result.ok ? 200 : 404 });
  }
  return Response.redirect(new URL(`/r/done?what=${result.ok ? "paused" : "expired"}`, url), 303);
}

export function GET(request: Request) {
  const url = new URL(request.url);
  return Response.redirect(new URL(`/r/pause?token=${encodeURIComponent(url.searchParams.get("token") ?? "")}`, url), 303);
}
