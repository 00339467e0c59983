import { countTokenMiss } from "@/lib/rate-limit/token-guesses";
import { pauseFromEmailLink } from "@/lib/reminders/email-actions";
import { publicRoute } from "@/lib/routes";

export const runtime = "nodejs";

// RFC 8058 one-click unsubscribe: the mail provider POSTs "List-Unsubscribe=One-Click" to the URL
// in the List-Unsubscribe header, with no cookies and no Origin; the signed token is the key. The
// confirmation page's own form posts here too. A GET (a person, or a link scanner) only shows the
// confirmation page, so prefetching an email does not pause anything.

export const POST = publicRoute(
  async (request) => {
    const url = request.nextUrl;
    const result = await pauseFromEmailLink(url.searchParams.get("token") ?? "");
    const form = await request.formData().catch(() => null);
    if (form?.get("List-Unsubscribe") === "One-Click") {
      return new Response(result.ok ? "Paused." : "This link has expired.", { status: result.ok ? 200 : 404 });
    }
    if (!result.ok) await countTokenMiss();
    return Response.redirect(new URL(`/r/done?what=${result.ok ? "paused" : "expired"}`, url), 303);
  },
  { tokenGuesses: true, crossSite: true },
);

export const GET = publicRoute(async (request) =>
  Response.redirect(new URL(`/r/pause?token=${encodeURIComponent(request.nextUrl.searchParams.get("token") ?? "")}`, request.nextUrl), 303),
);
