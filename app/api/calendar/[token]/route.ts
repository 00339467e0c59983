import { calendarForToken } from "@/lib/appointments/calendar-feed";
import { serverEnv } from "@/lib/env";
import { publicRoute } from "@/lib/routes";

export const runtime = "nodejs";

type Context = { params: Promise<{ token: string }> };

/** The private calendar feed: the secret in the URL is the only key, so an unknown one is 404. */
export const GET = publicRoute<Context>(
  async (_request, { params }) => {
    const body = await calendarForToken((await params).token.replace(/\.ics$/, ""), serverEnv().NEXTAUTH_URL);
    if (!body) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
    return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=300", "X-Robots-Tag": "noindex" } });
  },
  { tokenGuesses: true },
);
