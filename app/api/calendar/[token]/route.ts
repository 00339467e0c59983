import { calendarForToken } from "@/lib/appointments/calendar-feed";
import { serverEnv } from "@/lib/env";

export const runtime = "nodejs";

/** The private calendar feed: the secret in the URL is the only key, so an unknown one is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  const body = await calendarForToken(token, serverEnv().NEXTAUTH_URL);
  if (!body) return new Response("Not found", { status: 404 });
  return new Response(body, { headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, max-age=300", "X-Robots-Tag": "noindex" } });
}
